package org.kulisse.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;

/**
 * A unit as part of a qualification. ECVET points belong to this pair, not to the unit: a unit shared by two
 * qualifications may weigh differently in each.
 *
 * @param unit the id of the unit
 * @param points its credit points in this qualification, at most one per credit system
 * @param optionGroup the id of the {@link OptionGroup} it belongs to, or null when the unit is mandatory
 * @param extensions unknown fields kept from the document
 */
public record QualificationUnit(@NotBlank String unit, List<@Valid CreditPoints> points, String optionGroup,
        Extensions extensions) {

    public QualificationUnit {
        points = Lists.copy(points);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public static QualificationUnit mandatory(String unitId, CreditPoints... points) {
        return new QualificationUnit(unitId, List.of(points), null, null);
    }

    public boolean isMandatory() {
        return optionGroup == null;
    }

    public Optional<CreditPoints> pointsIn(String creditSystem) {
        return points.stream().filter(p -> p.isIn(creditSystem)).findFirst();
    }
}
