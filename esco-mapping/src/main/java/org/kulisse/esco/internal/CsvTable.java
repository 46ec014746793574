package org.kulisse.esco.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kulisse.core.ImportException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Streams a CSV file with a header row through jackson-dataformat-csv: strict UTF-8, CRLF or LF, quoted cells with
 * line breaks. Every failure becomes an {@link ImportException} naming the file and line; a row with fewer cells than
 * the header (a truncated file) is one of them.
 */
public final class CsvTable {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** One data row: its cells and the line it starts on. */
    public static final class Row {
        private final Map<String, Integer> columns;
        private final String[] cells;
        private final long line;

        Row(Map<String, Integer> columns, String[] cells, long line) {
            this.columns = columns;
            this.cells = cells;
            this.line = line;
        }

        /** The cell of a column (case-insensitive name), "" when the column is absent or empty. */
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                index = columns.get(column.toLowerCase(Locale.ROOT));
            }
            return index == null || index >= cells.length || cells[index] == null ? "" : cells[index].trim();
        }

        public boolean has(String column) {
            return columns.containsKey(column.toLowerCase(Locale.ROOT));
        }

        public long line() {
            return line;
        }
    }

    private CsvTable() {
    }

    /**
     * Reads every data row; {@code required} columns must be in the header. Returns the number of rows. The rows are
     * parsed on a second thread while {@code consumer} runs on this one, which pays when the consumer does real work.
     */
    public static long read(Path file, List<String> required, Consumer<Row> consumer) {
        return read(file, required, consumer, true);
    }

    /**
     * As {@link #read(Path, List, Consumer)}, but parses on this thread: for a consumer too cheap to be worth a
     * thread of its own, or a caller that is itself one of several threads.
     */
    public static long readOnThisThread(Path file, List<String> required, Consumer<Row> consumer) {
        return read(file, required, consumer, false);
    }

    private static long read(Path file, List<String> required, Consumer<Row> consumer, boolean parseAhead) {
        String source = file.toString();
        long rows = 0;
        long line = 1;
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
                        .readValues(reader)) {
            if (!it.hasNextValue()) {
                throw new ImportException("the file is empty; expected a header row", source, 1, 1, null);
            }
            String[] header = it.nextValue();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                String name = header[i].replace("\ufeff", "").trim();
                columns.put(name.toLowerCase(Locale.ROOT), i);
                columns.putIfAbsent(name, i); // exact spelling: no lower-casing per cell on the hot path
            }
            for (String column : required) {
                if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                    throw new ImportException("the required column \"" + column + "\" is missing from the header",
                            source, 1, 1, null);
                }
            }
            try (Parsing parsing = parseAhead ? new Parsing(it, file.getFileName().toString()) : new Parsing(it)) {
                for (Batch batch = parsing.next(); batch != Batch.END; batch = parsing.next()) {
                    for (int i = 0; i < batch.size; i++) {
                        line = batch.lines[i];
                        String[] cells = batch.cells[i];
                        if (cells.length == 1 && cells[0].isEmpty()) {
                            continue; // a blank line
                        }
                        if (cells.length < header.length) {
                            throw new ImportException("the row has " + cells.length + " cells but the header has "
                                    + header.length + " (is the file truncated?)", source, line, 0, null);
                        }
                        rows++;
                        consumer.accept(new Row(columns, cells, line));
                    }
                    if (batch.failure instanceof Error error) {
                        throw error;
                    }
                    if (batch.failure != null) {
                        throw (RuntimeException) batch.failure;
                    }
                }
            }
            return rows;
        } catch (ImportException | java.util.concurrent.CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (isMalformed(e)) {
                throw new ImportException("the file is not UTF-8 text", source, line + 1, 0, null, e);
            }
            long at = e instanceof tools.jackson.core.JacksonException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : line;
            String message = e instanceof tools.jackson.core.JacksonException j ? j.getOriginalMessage()
                    : e.getMessage();
            throw new ImportException("malformed CSV: " + message, source, at, 0, null, e);
        }
    }

    /** Rows parsed ahead, with the line each starts on; the last batch of a failed parse carries the failure. */
    private static final class Batch {
        static final Batch END = new Batch(0);
        final String[][] cells;
        final long[] lines;
        int size;
        Throwable failure; // a RuntimeException or an Error

        Batch(int capacity) {
            cells = new String[capacity][];
            lines = new long[capacity];
        }
    }

    /**
     * Parses the rows, on a second thread while the caller's thread builds from them (on two cores a load then takes
     * about as long as the parse alone instead of the parse plus the building), or on the caller's thread. The parser
     * is only ever used by one thread at a time (the second one after the header); closing waits for it to stop.
     */
    private static final class Parsing implements AutoCloseable {
        private static final int BATCH = 512;
        private static final int SHORT_CELL = 128;
        private final MappingIterator<String[]> it;
        private final BlockingQueue<Batch> queue;
        private final Thread thread;
        private volatile boolean cancelled;
        private boolean ended;

        /** Parsing on a thread of its own. */
        Parsing(MappingIterator<String[]> it, String name) {
            this.it = it;
            this.queue = new ArrayBlockingQueue<>(8);
            thread = new Thread(this::parseAhead, "kulisse-csv " + name);
            thread.setDaemon(true);
            thread.start();
        }

        /** Parsing on the caller's thread, one batch each {@link #next()}. */
        Parsing(MappingIterator<String[]> it) {
            this.it = it;
            this.queue = null;
            this.thread = null;
        }

        private void parseAhead() {
            Batch batch;
            do {
                batch = fill(true);
                hand(batch);
            } while (batch.size == BATCH && batch.failure == null && !cancelled);
            if (batch.failure == null) {
                hand(Batch.END);
            }
        }

        /** Up to {@link #BATCH} rows; fewer only at the end of the file or with the failure that stopped it. */
        private Batch fill(boolean hashForOtherThread) {
            Batch batch = new Batch(BATCH);
            try {
                while (batch.size < BATCH && it.hasNextValue()) {
                    long line = it.currentLocation().getLineNr();
                    String[] cells = it.nextValue(); // first, so that a row that fails to parse is not counted
                    if (hashForOtherThread) {
                        hashShortCells(cells);
                    }
                    batch.lines[batch.size] = line;
                    batch.cells[batch.size++] = cells;
                }
            } catch (RuntimeException | Error e) {
                batch.failure = e;
            }
            return batch;
        }

        /**
         * The reading thread looks short cells (URIs, codes) up in hash maps, and a string keeps its hash once
         * computed: computing it here moves about a fifth of that thread's work to this one, which has time to
         * spare. Long cells (descriptions) are not looked up.
         */
        private static void hashShortCells(String[] cells) {
            for (String cell : cells) {
                if (cell != null && cell.length() <= SHORT_CELL) {
                    cell.hashCode();
                }
            }
        }

        private void hand(Batch batch) {
            try {
                while (!cancelled && !queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    // the reader is still busy with earlier rows
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Batch next() {
            if (thread == null) {
                if (ended) {
                    return Batch.END;
                }
                Batch batch = fill(false);
                ended = batch.size < BATCH || batch.failure != null;
                return batch;
            }
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted while reading CSV rows");
            }
        }

        @Override
        public void close() {
            if (thread == null) {
                return;
            }
            cancelled = true;
            boolean interrupted = false;
            while (thread.isAlive()) {
                queue.clear();
                try {
                    thread.join(50);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean isMalformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedInputException || t instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** A multi-valued cell: values separated by line breaks (and in inScheme by ",\n"). */
    public static List<String> values(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        if (cell.indexOf('\n') < 0) {
            String value = value(cell, 0, cell.length());
            return value.isEmpty() ? List.of() : List.of(value);
        }
        List<String> values = new ArrayList<>();
        int start = 0;
        while (start <= cell.length()) {
            int end = cell.indexOf('\n', start);
            end = end < 0 ? cell.length() : end;
            String value = value(cell, start, end);
            if (!value.isEmpty()) {
                values.add(value);
            }
            start = end + 1;
        }
        return values;
    }

    /** One value of a multi-valued cell: trimmed (which drops the CR of CRLF), without a trailing comma. */
    private static String value(String cell, int start, int end) {
        String value = cell.substring(start, end).trim();
        return value.endsWith(",") ? value.substring(0, value.length() - 1).trim() : value;
    }
}
