package org.kulisse.examples;

import java.time.LocalDate;
import org.kulisse.ecvet.CreditTransfer;
import org.kulisse.ecvet.EcvetValidator;
import org.kulisse.ecvet.PartialPointsPolicy;
import org.kulisse.ecvet.RecognitionDecision;
import org.kulisse.ecvet.TransferCase;
import org.kulisse.ecvet.TransferPolicy;
import org.kulisse.ecvet.TransferResult;

/** ECVET credit transfer for the worked Backstage mobility: validate the documents, decide, explain. */
public final class Ex07_EcvetTransfer {
    private Ex07_EcvetTransfer() {
    }

    public static void main(String[] args) {
        // Framework, memorandum, learning agreement and transcript of the Arezzo -> Leipzig mobility
        TransferCase mobility = Backstage.mobility();
        System.out.println("documents valid: " + EcvetValidator.validate(mobility).isValid());

        // Partial units earn points pro rata here (the default policy gives them none)
        TransferPolicy policy = TransferPolicy.DEFAULT.withPartialPoints(PartialPointsPolicy.PRO_RATA);
        TransferResult result = CreditTransfer.with(policy).decide(mobility, LocalDate.of(2026, 6, 15));

        for (RecognitionDecision decision : result.decisions()) {
            System.out.println(decision.unitCode() + ": " + decision.status() + ", coverage " + decision.coverage()
                    + ", " + decision.awardedPoints());
            decision.reasons().forEach(reason -> System.out.println("    " + reason));
        }
        System.out.println("points held now: " + result.accumulatedPoints());
    }
}
