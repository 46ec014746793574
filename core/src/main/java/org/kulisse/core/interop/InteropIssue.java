package org.kulisse.core.interop;

import org.kulisse.core.validation.Severity;

/**
 * Something an import or export of a foreign format could not carry over exactly.
 *
 * @param row the 1-based row of a CSV file (the header is row 1), or 0 when not about a row
 * @param where the column or JSON pointer concerned, or "" for the whole item
 * @param severity an error (the input is wrong) or a warning (something was kept differently)
 * @param message a sentence for people
 */
public record InteropIssue(int row, String where, Severity severity, String message) {

    public static InteropIssue error(int row, String where, String message) {
        return new InteropIssue(row, where, Severity.ERROR, message);
    }

    public static InteropIssue warning(int row, String where, String message) {
        return new InteropIssue(row, where, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code row 7 (Parent ID number): ERROR ...} */
    @Override
    public String toString() {
        String place = (row > 0 ? "row " + row : "") + (where.isEmpty() ? "" : (row > 0 ? " " : "") + "(" + where + ")");
        return (place.isEmpty() ? "" : place + ": ") + severity + " " + message;
    }
}
