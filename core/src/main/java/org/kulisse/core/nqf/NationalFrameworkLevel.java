package org.kulisse.core.nqf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kulisse.core.model.EqfLevel;

/**
 * One level of a national qualifications framework.
 *
 * @param label the level as the framework writes it: {@code "4"}, {@code "5.1"}, {@code "Entry 3"}
 * @param aliases other spellings that mean the same level (e.g. France's pre-2019 {@code "IV"})
 * @param eqfLevel the EQF level it is referenced to, or null where it is not referenced (Bulgaria's level 0, England's
 *     entry levels 1–2, Scotland's levels 1–2)
 * @param uri the EU vocabulary (QDR) concept IRI of the level, or null
 */
public record NationalFrameworkLevel(String label, List<String> aliases, EqfLevel eqfLevel, String uri) {

    public NationalFrameworkLevel {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a national level needs a label");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Optional<EqfLevel> eqf() {
        return Optional.ofNullable(eqfLevel);
    }

    /** Whether {@code text} names this level, ignoring case, spacing and a leading "level". */
    public boolean matches(String text) {
        String wanted = normalize(text);
        if (normalize(label).equals(wanted)) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> normalize(alias).equals(wanted));
    }

    static String normalize(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.startsWith("level ")) {
            s = s.substring("level ".length());
        }
        return s;
    }
}
