package org.kulisse.ecvet;

import java.util.List;
import org.kulisse.core.model.CreditPoints;

/**
 * What a learning agreement targets in one home unit: all of it, or some of its outcomes.
 *
 * @param homeUnit id of the home unit
 * @param outcomes ids of the targeted home outcomes; empty means the whole unit
 * @param hostUnit id of the host unit where they are learnt, or null
 * @param outcomeMappings mappings agreed in the learning agreement (they take precedence over the memorandum's)
 * @param agreedPoints points the agreement fixes for a partial target (used by {@link PartialPointsPolicy#LA_SPECIFIED}),
 *     or null
 */
public record Target(String homeUnit, List<String> outcomes, String hostUnit, List<OutcomeMapping> outcomeMappings,
        CreditPoints agreedPoints) {

    public Target {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        outcomeMappings = outcomeMappings == null ? List.of() : List.copyOf(outcomeMappings);
    }

    public static Target wholeUnit(String homeUnit) {
        return new Target(homeUnit, List.of(), null, List.of(), null);
    }

    public static Target outcomes(String homeUnit, String... outcomes) {
        return new Target(homeUnit, List.of(outcomes), null, List.of(), null);
    }

    public boolean isWholeUnit() {
        return outcomes.isEmpty();
    }
}
