package org.kulisse.ecvet;

import java.time.LocalDate;
import java.util.Objects;
import org.kulisse.ecvet.internal.CaseIndex;
import org.kulisse.ecvet.internal.DecisionProcedure;

/**
 * Decides credit transfer for a learning agreement: preconditions P1–P5, the unit rules U1–U10 and accumulation
 * A1–A3 of the Kulisse ECVET rule set (docs/ecvet.md). Every decision carries its reasons and the transcript lines it
 * rests on. Pure and deterministic: the same documents, policy and date always give the same result, whatever the
 * order of transcript lines. Thread-safe.
 *
 * <pre>{@code
 * TransferResult result = CreditTransfer.with(TransferPolicy.DEFAULT)
 *         .decide(new TransferCase(framework, mou, agreement, transcript, null), LocalDate.of(2026, 6, 1));
 * }</pre>
 */
public final class CreditTransfer {
    private final TransferPolicy policy;
    private final CreditConversions conversions;
    // The last programme's lookups (framework, memorandum, qualification), shared across learners; a race only
    // builds the same index twice.
    private volatile CaseIndex lastIndex;

    private CreditTransfer(TransferPolicy policy, CreditConversions conversions) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.conversions = Objects.requireNonNull(conversions, "conversions");
    }

    public static CreditTransfer with(TransferPolicy policy) {
        return new CreditTransfer(policy, CreditConversions.defaults());
    }

    /** The same engine converting the learner record's points with these conversions (for accumulation). */
    public CreditTransfer withConversions(CreditConversions newConversions) {
        return new CreditTransfer(policy, newConversions);
    }

    public TransferPolicy policy() {
        return policy;
    }

    /** The decisions for every target of the case's agreement, taken on {@code recognitionDate}. */
    public TransferResult decide(TransferCase transferCase, LocalDate recognitionDate) {
        DecisionProcedure procedure = new DecisionProcedure(transferCase, policy, conversions, recognitionDate,
                lastIndex);
        lastIndex = procedure.index();
        return procedure.run();
    }
}
