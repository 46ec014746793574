package org.kulisse.core.internal.validation;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * BCP-47 checks. Well-formedness alone would let {@code "english"} through (five to eight letters are reserved
 * language subtags), so the primary language must also be a known ISO 639-1 code, or three letters (ISO 639-2/3).
 */
public final class LanguageTags {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private LanguageTags() {
    }

    public static boolean isValid(String tag) {
        if (tag == null || tag.isEmpty()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            return false;
        }
        String language = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return language.length() == 2 ? ISO_639_1.contains(language) : language.length() == 3;
    }
}
