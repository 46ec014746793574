package org.kulisse.core;

/**
 * The library was set up wrongly (a bad definition, not bad input): for example two national frameworks registered
 * under one id, or a provider that returns nothing usable.
 */
public class ConfigurationException extends KulisseException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
