package org.kulisse.ecvet;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kulisse.core.model.CreditPoints;

/**
 * Everything one run of {@link CreditTransfer} decided for one learning agreement.
 *
 * @param agreement id of the learning agreement
 * @param qualification id of the home qualification
 * @param recognitionDate the date the decisions were taken for
 * @param policy the policy they were taken under
 * @param decisions one per target, in agreement order
 * @param documentedOnly host outcomes passed but not targeted: listed, no credit (U7)
 * @param warnings national add-ons and other findings that do not change the decisions (A3)
 * @param accumulatedPoints points of the home qualification now held: the learner record plus this transfer's
 *     awards, each unit once (A1); null when the qualification has no points
 * @param qualificationComplete whether every mandatory unit and a valid choice of optional units is now held (A2)
 */
public record TransferResult(
        String agreement,
        String qualification,
        LocalDate recognitionDate,
        TransferPolicy policy,
        List<RecognitionDecision> decisions,
        List<String> documentedOnly,
        List<Reason> warnings,
        CreditPoints accumulatedPoints,
        boolean qualificationComplete) {

    public TransferResult {
        decisions = List.copyOf(decisions);
        documentedOnly = List.copyOf(documentedOnly);
        warnings = List.copyOf(warnings);
    }

    public Optional<RecognitionDecision> decision(String unitIdOrCode) {
        return decisions.stream().filter(d -> d.unit().equals(unitIdOrCode) || unitIdOrCode.equals(d.unitCode()))
                .findFirst();
    }

    public boolean anyRejected() {
        return decisions.stream().anyMatch(d -> d.status() == DecisionStatus.REJECTED);
    }
}
