package org.kulisse.ecvet;

import java.util.List;

/**
 * An agreed correspondence of one home learning outcome to the host outcomes whose passing covers it. Agreed in the
 * memorandum or the learning agreement; never inferred at decision time.
 *
 * @param homeOutcome id of the home outcome
 * @param hostOutcomes ids of the host outcomes that must all be passed
 */
public record OutcomeMapping(String homeOutcome, List<String> hostOutcomes) {

    public OutcomeMapping {
        hostOutcomes = hostOutcomes == null ? List.of() : List.copyOf(hostOutcomes);
    }

    /** The same outcome on both sides (partners sharing one framework). */
    public static OutcomeMapping identity(String outcome) {
        return new OutcomeMapping(outcome, List.of(outcome));
    }
}
