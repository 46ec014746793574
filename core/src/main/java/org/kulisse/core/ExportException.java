package org.kulisse.core;

/** Output could not be written (an I/O failure underneath a writer). */
public class ExportException extends KulisseException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
