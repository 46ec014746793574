package org.kulisse.ecvet;

import java.util.ArrayList;
import java.util.List;

/**
 * The units a learner has already been awarded, so that none is awarded twice.
 *
 * @param learner id of the learner
 * @param awards the awards, in the order they were made
 */
public record LearnerRecord(String learner, List<UnitAward> awards) {

    public LearnerRecord {
        awards = awards == null ? List.of() : List.copyOf(awards);
    }

    public static LearnerRecord empty(String learner) {
        return new LearnerRecord(learner, List.of());
    }

    public boolean hasAward(String qualification, String unit) {
        return awards.stream().anyMatch(a -> a.qualification().equals(qualification) && a.unit().equals(unit));
    }

    /** This record plus the units a transfer awarded (each once). */
    public LearnerRecord plus(TransferResult result) {
        List<UnitAward> all = new ArrayList<>(awards);
        for (RecognitionDecision decision : result.decisions()) {
            if (decision.status() == DecisionStatus.FULL && !hasAward(result.qualification(), decision.unit())) {
                all.add(new UnitAward(result.qualification(), decision.unit(), decision.awardedPoints(),
                        result.recognitionDate(), result.agreement()));
            }
        }
        return new LearnerRecord(learner, all);
    }
}
