package org.kulisse.core.json;

/**
 * A place in a JSON text.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record JsonPosition(long line, long column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
