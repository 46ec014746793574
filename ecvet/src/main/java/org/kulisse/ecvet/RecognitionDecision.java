package org.kulisse.ecvet;

import java.math.BigDecimal;
import java.util.List;
import org.kulisse.core.model.CreditPoints;

/**
 * The recognition decision for one targeted home unit, with the reasons and the transcript lines it rests on.
 *
 * @param unit id of the home unit
 * @param unitCode the unit's code (e.g. {@code U3}), or null
 * @param status what was decided
 * @param coverage the weighted share of the unit's outcomes covered, 0 to 1 (4 decimals)
 * @param awardedPoints the points awarded in the home credit system (zero when none), or null when the home
 *     qualification has no points for the unit
 * @param coveredOutcomes home outcomes covered, in unit order
 * @param gapOutcomes home outcomes not covered, in unit order
 * @param reasons why
 * @param evidence the transcript lines the decision rests on
 * @param complementaryMeasures what the learner still needs at home, one item per gap outcome
 * @param needsReview true when a person must confirm the decision (EQF levels one apart, not declared comparable)
 */
public record RecognitionDecision(
        String unit,
        String unitCode,
        DecisionStatus status,
        BigDecimal coverage,
        CreditPoints awardedPoints,
        List<String> coveredOutcomes,
        List<String> gapOutcomes,
        List<Reason> reasons,
        List<OutcomeResult> evidence,
        List<String> complementaryMeasures,
        boolean needsReview) {

    public RecognitionDecision {
        coveredOutcomes = List.copyOf(coveredOutcomes);
        gapOutcomes = List.copyOf(gapOutcomes);
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
        complementaryMeasures = List.copyOf(complementaryMeasures);
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }
}
