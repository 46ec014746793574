package org.kulisse.europass;

import java.util.List;
import java.util.Objects;
import org.kulisse.core.model.CreditPoints;

/**
 * A unit of learning outcomes the learner achieved, whole or in part.
 *
 * @param unit the unit id in the framework
 * @param outcomes the ids of the achieved outcomes (all of the unit's when {@code complete})
 * @param points the points awarded for it, or null when none were awarded (a partly achieved unit)
 * @param complete whether the whole unit is achieved
 */
public record AchievedUnit(String unit, List<String> outcomes, CreditPoints points, boolean complete) {

    public AchievedUnit {
        Objects.requireNonNull(unit, "unit");
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
