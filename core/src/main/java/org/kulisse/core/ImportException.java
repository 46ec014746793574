package org.kulisse.core;

import java.util.Optional;

/**
 * Input that cannot be read: malformed syntax, a value of the wrong type, a limit exceeded. It names where the input
 * is wrong as precisely as the format allows: the source (usually a file name), line and column (1-based, 0 when
 * unknown) and a JSON pointer or similar path inside the document.
 */
public class ImportException extends KulisseException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String path;
    private final String problem;

    public ImportException(String problem, String source, long line, long column, String path, Throwable cause) {
        super(describe(problem, source, line, column, path), cause);
        this.problem = problem;
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    public ImportException(String problem, String source, long line, long column, String path) {
        this(problem, source, line, column, path, null);
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    /** The name of the input (file name, URL, "stdin"), if known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** 1-based line, or 0 when the format or the failure has no line. */
    public long line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public long column() {
        return column;
    }

    /** JSON pointer (or the format's equivalent) of the offending value, if known. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** The same failure, attributed to a named source (a reader of streams learns the file name only later). */
    public ImportException withSource(String newSource) {
        return new ImportException(problem, newSource, line, column, path, getCause());
    }

    private static String describe(String problem, String source, long line, long column, String path) {
        StringBuilder where = new StringBuilder();
        if (source != null) {
            where.append(source);
        }
        if (line > 0) {
            where.append(where.length() > 0 ? ":" : "line ").append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        if (path != null) {
            where.append(where.length() > 0 ? " " : "").append("at ").append(path.isEmpty() ? "/" : path);
        }
        return where.length() == 0 ? problem : where + ": " + problem;
    }
}
