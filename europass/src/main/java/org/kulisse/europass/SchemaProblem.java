package org.kulisse.europass;

/**
 * One finding of schema validation.
 *
 * @param severity WARNING, ERROR or FATAL (the document is not well-formed or was refused)
 * @param source the document's name
 * @param line the line, 1-based, or -1
 * @param column the column, 1-based, or -1
 * @param message the validator's message
 */
public record SchemaProblem(Severity severity, String source, int line, int column, String message) {

    /** How bad a finding is. */
    public enum Severity {
        WARNING, ERROR, FATAL
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + message;
    }
}
