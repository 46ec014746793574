package org.kulisse.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * A qualification: the whole set of units a learner achieves, at an EQF level, optionally at a national framework
 * level, with its credit points.
 *
 * @param id identifier, unique in the framework
 * @param title title
 * @param description description (may be empty)
 * @param eqfLevel the EQF level
 * @param nqfLevel the national framework level, or null
 * @param creditPoints its credit points, at most one per credit system
 * @param units the units that make it up, in order
 * @param optionGroups the choices among optional units
 * @param extensions unknown fields kept from the document
 */
public record Qualification(
        @NotBlank String id,
        @NotNull LocalizedText title,
        LocalizedText description,
        @NotNull @Valid EqfLevel eqfLevel,
        @Valid NationalLevel nqfLevel,
        List<@Valid CreditPoints> creditPoints,
        List<@Valid QualificationUnit> units,
        List<@Valid OptionGroup> optionGroups,
        Extensions extensions) {

    public Qualification {
        description = description == null ? LocalizedText.empty() : description;
        creditPoints = Lists.copy(creditPoints);
        units = Lists.copy(units);
        optionGroups = Lists.copy(optionGroups);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public Optional<CreditPoints> pointsIn(String creditSystem) {
        return creditPoints.stream().filter(p -> p.isIn(creditSystem)).findFirst();
    }

    public Optional<QualificationUnit> unit(String unitId) {
        return units.stream().filter(u -> u.unit().equals(unitId)).findFirst();
    }

    public Qualification withUnits(List<QualificationUnit> newUnits) {
        return new Qualification(id, title, description, eqfLevel, nqfLevel, creditPoints, newUnits, optionGroups,
                extensions);
    }
}
