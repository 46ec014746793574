package org.kulisse.core.model;

import java.time.LocalDate;

/**
 * A span of dates, both ends inclusive and each optional (open-ended).
 *
 * @param from first day, or null
 * @param until last day, or null
 */
public record Period(LocalDate from, LocalDate until) {

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** Both ends given and the end before the start. */
    public boolean isReversed() {
        return from != null && until != null && until.isBefore(from);
    }
}
