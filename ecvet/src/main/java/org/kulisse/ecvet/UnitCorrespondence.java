package org.kulisse.ecvet;

import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The agreed correspondence between a home unit and a host unit, down to outcomes.
 *
 * @param homeUnit id of the home unit
 * @param hostUnit id of the host unit, or null
 * @param outcomeMappings home outcome → host outcomes
 * @param creditValidity how long an assessment result stays valid for recognition (e.g. {@code P3Y}), or null
 */
public record UnitCorrespondence(String homeUnit, String hostUnit, List<OutcomeMapping> outcomeMappings,
        Period creditValidity) {

    public UnitCorrespondence {
        outcomeMappings = outcomeMappings == null ? List.of() : List.copyOf(outcomeMappings);
    }

    public Optional<OutcomeMapping> mapping(String homeOutcome) {
        return outcomeMappings.stream().filter(m -> m.homeOutcome().equals(homeOutcome)).findFirst();
    }
}
