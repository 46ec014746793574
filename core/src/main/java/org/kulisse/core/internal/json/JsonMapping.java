package org.kulisse.core.internal.json;

/**
 * A value in a parsed document that does not fit the model, found while mapping the tree. It carries the JSON pointer
 * of the value; the reader adds file, line and column before it leaves the library as an ImportException.
 */
public final class JsonMapping extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    public JsonMapping(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
