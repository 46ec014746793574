package org.kulisse.esco;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kulisse.esco.internal.CsvTable;
import org.kulisse.esco.internal.StringCodes;

/**
 * The relation files of a download (broader, occupation–skill, skill–skill): read on a thread of their own from the
 * start of a load, while the caller reads the concept files they refer to, and added to the taxonomy by the caller
 * once the concepts are in, in the order read. They are more than half the bytes of a download.
 *
 * <p>Rows travel in chunks. While the caller is busy they go as integer codes of their URIs, each distinct URI sent
 * once: as strings, 120,000 rows waiting for the concepts would be some twenty megabytes for every garbage collection
 * meanwhile to copy. Once the caller is ready they go raw, and the caller codes them (see {@link #readAll()}).
 */
final class RelationFiles {
    private static final int CHUNK = 4096;

    enum Kind {
        BROADER("broader", "conceptUri", null, "broaderUri"),
        OCCUPATION_SKILL("occupationSkill", "occupationUri", "relationType", "skillUri"),
        SKILL_SKILL("skillSkill", "originalSkillUri", "relationType", "relatedSkillUri");

        /** The kind's key, as the loader sorts files and as an {@link EscoTaxonomy.UnresolvedRelation} names it. */
        final String key;
        final String from;
        final String type;
        final String to;

        Kind(String key, String from, String type, String to) {
            this.key = key;
            this.from = from;
            this.type = type;
            this.to = to;
        }

        List<String> required() {
            return type == null ? List.of(from, to) : List.of(from, type, to);
        }
    }

    /** One file to read: its path, the language it counts for, and what it relates. */
    record Source(Path file, String language, Kind kind) {
        String name() {
            return file.getFileName().toString();
        }
    }

    /**
     * Up to {@link #CHUNK} rows of one file: the codes of both ends and, for the typed kinds, which rows are
     * essential; the URIs first coded in these rows, in code order; and whether the file ends here. A raw chunk
     * brings the URIs themselves, for the caller to code.
     */
    private static final class Chunk {
        final Source source;
        final int[] from = new int[CHUNK];
        final int[] to = new int[CHUNK];
        final BitSet essential = new BitSet(CHUNK);
        final List<String> newUris = new ArrayList<>();
        final Column fromColumn;
        final Column toColumn;
        String[] fromUris;
        String[] toUris;
        int size;
        boolean endOfFile;
        long rowsOfFile;

        Chunk(Source source, Column fromColumn, Column toColumn, boolean raw) {
            this.source = source;
            this.fromColumn = fromColumn;
            this.toColumn = toColumn;
            if (raw) {
                fromUris = new String[CHUNK];
                toUris = new String[CHUNK];
            }
        }

        /** Codes a raw chunk's URIs; only for the thread that owns the codes now. */
        void code() {
            if (fromUris != null) {
                for (int row = 0; row < size; row++) {
                    from[row] = fromColumn.code(fromUris[row], newUris);
                    to[row] = toColumn.code(toUris[row], newUris);
                }
                fromUris = null;
                toUris = null;
            }
        }
    }

    /** The last message: every file read (no failure), or what stopped the reading. */
    private record End(Throwable failure) {
        static final End ALL_READ = new End(null);
    }

    private final List<Source> sources;
    private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<LoadProgress> progress = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean cancelled;
    private volatile boolean callerReady;

    private RelationFiles(List<Source> sources) {
        this.sources = List.copyOf(sources);
        this.thread = new Thread(this::readAll, "kulisse-esco relations");
        thread.setDaemon(true);
    }

    /** Starts reading the files, in the order given. */
    static RelationFiles start(List<Source> sources) {
        RelationFiles files = new RelationFiles(sources);
        files.thread.start();
        return files;
    }

    // ---- the reading thread

    /**
     * Reads the files. Rows are coded here while the caller is busy with the concepts, so that they wait small; from
     * the first chunk after the caller is ready, they go raw and the caller, which has the time then, codes them:
     * the look-ups of the codes cost about as much as the parse, and this way both threads share them. The codes
     * change hands with that first raw chunk and this thread does not touch them again.
     */
    private void readAll() {
        StringCodes codes = new StringCodes();
        try {
            for (Source source : sources) {
                Kind kind = source.kind();
                Column from = new Column(codes);
                Column to = new Column(codes);
                Chunk[] chunk = {new Chunk(source, from, to, callerReady)};
                long[] rows = {0};
                CsvTable.readOnThisThread(source.file(), kind.required(), row -> {
                    if (cancelled) {
                        throw new CancellationException("the load was abandoned");
                    }
                    Chunk c = chunk[0];
                    c.essential.set(c.size, kind.type != null && row.get(kind.type).equalsIgnoreCase("essential"));
                    if (c.fromUris != null) {
                        c.fromUris[c.size] = row.get(kind.from);
                        c.toUris[c.size++] = row.get(kind.to);
                    } else {
                        c.from[c.size] = from.code(row.get(kind.from), c.newUris);
                        c.to[c.size++] = to.code(row.get(kind.to), c.newUris);
                    }
                    if (++rows[0] % EscoLoader.PROGRESS_EVERY == 0) {
                        progress.add(new LoadProgress(source.name(), rows[0], false));
                    }
                    if (c.size == CHUNK) {
                        chunks.add(c);
                        chunk[0] = new Chunk(source, from, to, c.fromUris != null || callerReady);
                    }
                });
                chunk[0].endOfFile = true;
                chunk[0].rowsOfFile = rows[0];
                chunks.add(chunk[0]);
                progress.add(new LoadProgress(source.name(), rows[0], true));
            }
            chunks.add(End.ALL_READ);
        } catch (RuntimeException | Error e) {
            chunks.add(new End(e));
        }
    }

    /**
     * One column of one file, coding its URIs. A column often repeats its previous URI (the occupation–skill file
     * comes grouped by occupation); comparing with that one spares hashing a fresh string and a look-up.
     */
    private static final class Column {
        private final StringCodes codes;
        private String previous;
        private int previousCode;

        Column(StringCodes codes) {
            this.codes = codes;
        }

        int code(String uri, List<String> newUris) {
            if (!uri.equals(previous)) {
                previous = uri;
                previousCode = codes.code(uri, newUris);
            }
            return previousCode;
        }
    }

    // ---- the caller's thread

    /** Whether the reading thread is still at work. */
    boolean reading() {
        return thread.isAlive();
    }

    /** Hands the progress reported so far to the caller's callback, on the caller's thread. */
    void deliverProgress(Consumer<LoadProgress> callback) {
        for (LoadProgress p = progress.poll(); p != null; p = progress.poll()) {
            callback.accept(p);
        }
    }

    /** Stops the reading (the caller failed) and waits for the thread, so that no file stays open. */
    void cancel() {
        cancelled = true;
        boolean interrupted = Thread.interrupted();
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Adds every relation to the taxonomy, whose concepts must all be in, as the rows arrive; delivers progress
     * meanwhile; rethrows what stopped the reading (an {@code ImportException} naming file and line).
     */
    void addTo(EscoTaxonomy.Builder b, Consumer<LoadProgress> callback) {
        Adding adding = new Adding(b);
        callerReady = true;
        try {
            while (true) {
                Object next = chunks.poll(20, TimeUnit.MILLISECONDS);
                deliverProgress(callback);
                if (next instanceof Chunk chunk) {
                    adding.add(chunk);
                } else if (next instanceof End end) {
                    thread.join();
                    deliverProgress(callback);
                    if (end.failure() instanceof RuntimeException e) {
                        throw e;
                    }
                    if (end.failure() instanceof Error e) {
                        throw e;
                    }
                    return;
                }
            }
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the ESCO relations");
        } catch (RuntimeException | Error e) {
            cancel();
            throw e;
        }
    }

    /**
     * Adds chunks to the builder. Each distinct URI is looked up in the taxonomy once, when it first comes; rows
     * then only index arrays.
     */
    private static final class Adding {
        private final EscoTaxonomy.Builder b;
        private final List<String> uris = new ArrayList<>();
        private Occupation[] occupationOf = new Occupation[1024];
        private Skill[] skillOf = new Skill[1024];
        private String[] heldOf = new String[1024];
        // the builder's lists of a concept, by code, once looked up
        private List<String>[] essentialOf = newLists(1024);
        private List<String>[] optionalOf = newLists(1024);
        private List<String>[] occupationsOf = newLists(1024);

        Adding(EscoTaxonomy.Builder b) {
            this.b = b;
        }

        void add(Chunk chunk) {
            chunk.code();
            for (String uri : chunk.newUris) {
                resolve(uri);
            }
            switch (chunk.source.kind()) {
                case BROADER -> broader(chunk);
                case OCCUPATION_SKILL -> occupationSkill(chunk);
                case SKILL_SKILL -> skillSkill(chunk);
            }
            if (chunk.endOfFile) {
                b.rowsRead.merge(chunk.source.name(), chunk.rowsOfFile, Long::sum);
                b.languages.add(chunk.source.language());
            }
        }

        @SuppressWarnings("unchecked")
        private static List<String>[] newLists(int length) {
            return (List<String>[]) new List<?>[length];
        }

        private void resolve(String uri) {
            int code = uris.size();
            uris.add(uri);
            if (code == heldOf.length) {
                occupationOf = Arrays.copyOf(occupationOf, code * 2);
                skillOf = Arrays.copyOf(skillOf, code * 2);
                heldOf = Arrays.copyOf(heldOf, code * 2);
                essentialOf = Arrays.copyOf(essentialOf, code * 2);
                optionalOf = Arrays.copyOf(optionalOf, code * 2);
                occupationsOf = Arrays.copyOf(occupationsOf, code * 2);
            }
            occupationOf[code] = b.occupations.get(uri);
            skillOf[code] = b.skills.get(uri);
            heldOf[code] = occupationOf[code] != null ? occupationOf[code].uri()
                    : skillOf[code] != null ? skillOf[code].uri() : EscoLoader.held(b, uri);
        }

        private void broader(Chunk chunk) {
            for (int row = 0; row < chunk.size; row++) {
                String uri = heldOf[chunk.from[row]];
                String parent = heldOf[chunk.to[row]];
                if (uri == null || parent == null) {
                    unresolved(chunk, row, null, "broaderRelations", null);
                    continue;
                }
                List<String> parents = b.broader.computeIfAbsent(uri, k -> new ArrayList<>());
                if (holds(parents, parent)) {
                    b.duplicate(chunk.source.name(), uri + " -> " + parent);
                    continue;
                }
                parents.add(parent);
                b.narrower.computeIfAbsent(parent, k -> new ArrayList<>()).add(uri);
            }
        }

        private void occupationSkill(Chunk chunk) {
            for (int row = 0; row < chunk.size; row++) {
                b.occupationSkillRows++;
                boolean isEssential = chunk.essential.get(row);
                if (isEssential) {
                    b.essentialRows++;
                } else {
                    b.optionalRows++;
                }
                int from = chunk.from[row];
                Occupation occupation = occupationOf[from];
                Skill skill = skillOf[chunk.to[row]];
                if (occupation == null || skill == null) {
                    unresolved(chunk, row, isEssential ? RelationType.ESSENTIAL : RelationType.OPTIONAL,
                            "occupationSkillRelations", occupation == null ? "occupation " + uris.get(from)
                                    : "skill " + uris.get(chunk.to[row]));
                    continue;
                }
                // the URIs from heldOf, not from the concepts: one cache miss less a row
                int to = chunk.to[row];
                List<String>[] skillsOf = isEssential ? essentialOf : optionalOf;
                if (skillsOf[from] == null) {
                    skillsOf[from] = (isEssential ? b.essential : b.optional).computeIfAbsent(heldOf[from],
                            k -> new ArrayList<>());
                }
                if (holds(skillsOf[from], heldOf[to])) {
                    // as when two language folders of v1.2, each with its relations, are merged
                    b.duplicate(chunk.source.name(), heldOf[from] + " -> " + heldOf[to]);
                    continue;
                }
                skillsOf[from].add(heldOf[to]);
                if (occupationsOf[to] == null) {
                    occupationsOf[to] = b.occupationsBySkill.computeIfAbsent(heldOf[to], k -> new ArrayList<>());
                }
                occupationsOf[to].add(heldOf[from]);
            }
        }

        /**
         * Whether the list has this very string. Relation lists hold the concepts' own URI strings, so identity is
         * equality here, and a scan of a few dozen references costs next to nothing.
         */
        private static boolean holds(List<String> list, String uri) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == uri) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A row whose ends are not both in the taxonomy: counted under {@code reportKind} with an example (by default
         * "from -> to"), and kept as read.
         */
        private void unresolved(Chunk chunk, int row, RelationType type, String reportKind, String example) {
            String from = uris.get(chunk.from[row]);
            String to = uris.get(chunk.to[row]);
            b.dangling(reportKind, example != null ? example : from + " -> " + to);
            b.unresolved.add(new EscoTaxonomy.UnresolvedRelation(chunk.source.kind().key, from, type, to));
        }

        private void skillSkill(Chunk chunk) {
            for (int row = 0; row < chunk.size; row++) {
                b.skillSkillRows++;
                RelationType type = chunk.essential.get(row) ? RelationType.ESSENTIAL : RelationType.OPTIONAL;
                Skill from = skillOf[chunk.from[row]];
                Skill to = skillOf[chunk.to[row]];
                if (from == null || to == null) {
                    unresolved(chunk, row, type, "skillSkillRelations", null);
                    continue;
                }
                if (b.skillSkill.computeIfAbsent(from.uri(), k -> new LinkedHashMap<>())
                        .putIfAbsent(to.uri(), type) != null) {
                    b.duplicate(chunk.source.name(), from.uri() + " -> " + to.uri());
                }
            }
        }
    }
}
