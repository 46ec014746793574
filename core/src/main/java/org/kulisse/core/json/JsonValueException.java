package org.kulisse.core.json;

import org.kulisse.core.KulisseException;

/**
 * A value in a parsed document that does not fit the model, found while mapping it. It knows the JSON pointer of the
 * value; {@link JsonDocument#map} adds source, line and column and rethrows it as an
 * {@link org.kulisse.core.ImportException}, so callers of the readers never see this type.
 */
public final class JsonValueException extends KulisseException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    public JsonValueException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
