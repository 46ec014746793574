package org.kulisse.core.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A level of the European Qualifications Framework, 1 to 8. Any number can be held (so that a document with level 9
 * can be read and reported), but only 1–8 pass validation.
 *
 * @param value the level number
 */
public record EqfLevel(@Min(1) @Max(8) int value) implements Comparable<EqfLevel> {

    /** The EU vocabulary concept scheme of the EQF levels. */
    public static final String SCHEME_URI = "http://data.europa.eu/snb/eqf/25831c2";
    /** EU vocabulary IRI prefix; the level number follows. */
    public static final String URI_PREFIX = "http://data.europa.eu/snb/eqf/";

    public static final int MIN = 1;
    public static final int MAX = 8;

    private static final Pattern URI_PATTERN = Pattern.compile(Pattern.quote(URI_PREFIX) + "([1-8])");

    public static EqfLevel of(int value) {
        return new EqfLevel(value);
    }

    /** The level whose EU vocabulary IRI this is, e.g. {@code http://data.europa.eu/snb/eqf/4}. */
    public static Optional<EqfLevel> fromUri(String uri) {
        Matcher m = URI_PATTERN.matcher(uri == null ? "" : uri.trim());
        return m.matches() ? Optional.of(new EqfLevel(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    public boolean isValid() {
        return value >= MIN && value <= MAX;
    }

    /** The EU vocabulary IRI, {@code http://data.europa.eu/snb/eqf/N}. */
    public String uri() {
        return URI_PREFIX + value;
    }

    @Override
    public int compareTo(EqfLevel other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "EQF " + value;
    }
}
