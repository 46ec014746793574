package org.kulisse.core.internal.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** What counts as a well-formed id: an absolute IRI without spaces, or a simple local name such as {@code U3}. */
public final class Identifiers {
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._~-]*");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.+");

    private Identifiers() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && (LOCAL_NAME.matcher(id).matches() || isAbsoluteIri(id));
    }

    public static boolean isAbsoluteIri(String value) {
        if (value == null || !SCHEME.matcher(value).matches() || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
