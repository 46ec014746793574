package org.kulisse.core;

/**
 * The root of every exception Kulisse throws. It is unchecked: callers catch the precise subtype they can act on
 * ({@link ImportException} for bad input, {@link InvalidModelException} for a model that fails validation,
 * {@link ConfigurationException} for a wrong set-up of the library itself).
 */
public class KulisseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KulisseException(String message) {
        super(message);
    }

    public KulisseException(String message, Throwable cause) {
        super(message, cause);
    }
}
