package org.kulisse.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A choice among optional units: a learner takes {@code choose} of the units that name this group.
 *
 * @param id identifier, unique in the qualification
 * @param title what the choice is about (may be empty)
 * @param choose how many units of the group make up the qualification
 */
public record OptionGroup(@NotBlank String id, LocalizedText title, @Positive int choose) {

    public OptionGroup {
        title = title == null ? LocalizedText.empty() : title;
    }
}
