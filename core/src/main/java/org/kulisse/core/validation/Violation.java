package org.kulisse.core.validation;

import java.util.Objects;

/**
 * One finding of validation.
 *
 * @param path JSON pointer of the offending value in the model's Kulisse JSON form ({@code /units/2/id}); the empty
 *     string is the document itself
 * @param code a stable code from {@link ViolationCodes}
 * @param severity error or warning
 * @param message a sentence for people
 */
public record Violation(String path, String code, Severity severity, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Violation error(String path, String code, String message) {
        return new Violation(path, code, Severity.ERROR, message);
    }

    public static Violation warning(String path, String code, String message) {
        return new Violation(path, code, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code ERROR /units/2/id DUPLICATE_ID: ...} */
    @Override
    public String toString() {
        return severity + " " + (path.isEmpty() ? "/" : path) + " " + code + ": " + message;
    }
}
