package org.kulisse.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Human-readable text in several languages: BCP-47 language tag → text, in insertion order (the order is visible in
 * output). Tags are kept as written; validation reports ill-formed ones.
 *
 * @param texts language tag → text; copied, never null
 */
public record LocalizedText(Map<String, String> texts) {

    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        texts.forEach((lang, text) -> copy.put(Objects.requireNonNull(lang, "language tag"),
                Objects.requireNonNull(text, "text for " + lang)));
        texts = Collections.unmodifiableMap(copy);
    }

    public static LocalizedText empty() {
        return EMPTY;
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** Pairs of (language, text), in order: {@code LocalizedText.of("en", "Rig", "it", "Montare")}. */
    public static LocalizedText of(String... languageTextPairs) {
        if (languageTextPairs.length % 2 != 0) {
            throw new IllegalArgumentException("expected language/text pairs, got an odd number of arguments");
        }
        LinkedHashMap<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < languageTextPairs.length; i += 2) {
            map.put(languageTextPairs[i], languageTextPairs[i + 1]);
        }
        return new LocalizedText(map);
    }

    /** A copy with one more (or a replaced) language. */
    public LocalizedText with(String language, String text) {
        LinkedHashMap<String, String> map = new LinkedHashMap<>(texts);
        map.put(language, text);
        return new LocalizedText(map);
    }

    /** The text in the first of {@code language, fallbacks...} that is present. */
    public Optional<String> get(String language, String... fallbacks) {
        String text = texts.get(language);
        for (int i = 0; text == null && i < fallbacks.length; i++) {
            text = texts.get(fallbacks[i]);
        }
        return Optional.ofNullable(text);
    }

    /** The text in the given language, else in the first language present; empty only if there is no text at all. */
    public Optional<String> getOrFirst(String language) {
        String text = texts.get(language);
        if (text == null && !texts.isEmpty()) {
            text = texts.values().iterator().next();
        }
        return Optional.ofNullable(text);
    }

    public Set<String> languages() {
        return texts.keySet();
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    public boolean has(String language) {
        return texts.containsKey(language);
    }
}
