package org.kulisse.esco.store;

import org.kulisse.core.KulisseException;

/** A store could not do what was asked: the folder is not a TDB2 database, the server refused or is unreachable. */
public class StoreException extends KulisseException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
