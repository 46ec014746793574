package org.kulisse.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kulisse.core.InvalidModelException;

/**
 * What validation found, errors and warnings, in document order (by path). Validation never throws for bad data;
 * {@link #orThrow()} is there for callers that want an exception.
 *
 * @param violations every finding
 */
public record ValidationReport(List<Violation> violations) {

    public ValidationReport {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(Violation::path, ValidationReport::comparePointers)
                .thenComparing(Violation::severity).thenComparing(Violation::code));
        violations = List.copyOf(sorted);
    }

    public static ValidationReport empty() {
        return new ValidationReport(List.of());
    }

    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    /** No errors (warnings allowed). */
    public boolean isValid() {
        return violations.stream().noneMatch(Violation::isError);
    }

    /** Whether any violation has this code. */
    public boolean has(String code) {
        return violations.stream().anyMatch(v -> v.code().equals(code));
    }

    /** Throws {@link InvalidModelException} when there are errors. */
    public ValidationReport orThrow() {
        if (!isValid()) {
            throw new InvalidModelException(this);
        }
        return this;
    }

    public ValidationReport merge(ValidationReport other) {
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        return new ValidationReport(all);
    }

    /** Orders pointers segment by segment, numerically where both segments are indexes. */
    static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegments(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegments(String s, String t) {
        boolean sNumber = !s.isEmpty() && s.chars().allMatch(Character::isDigit) && s.length() < 10;
        boolean tNumber = !t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() < 10;
        if (sNumber && tNumber) {
            return Integer.compare(Integer.parseInt(s), Integer.parseInt(t));
        }
        return s.compareTo(t);
    }
}
