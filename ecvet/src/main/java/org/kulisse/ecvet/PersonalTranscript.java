package org.kulisse.ecvet;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kulisse.core.model.Extensions;

/**
 * A personal transcript: the host's record of the learner's assessed outcomes, units and points.
 *
 * @param id identifier
 * @param agreement id of the learning agreement it reports on
 * @param issuer id of the institution that issued it (the host)
 * @param learner id of the learner
 * @param issued the issue date
 * @param results one line per assessed host outcome
 * @param unitCredits what the host says about whole units
 * @param deviations differences from the agreement
 * @param extensions unknown fields kept from the document
 */
public record PersonalTranscript(String id, String agreement, String issuer, String learner, LocalDate issued,
        List<OutcomeResult> results, List<UnitCredit> unitCredits, List<Deviation> deviations, Extensions extensions) {

    public PersonalTranscript {
        results = results == null ? List.of() : List.copyOf(results);
        unitCredits = unitCredits == null ? List.of() : List.copyOf(unitCredits);
        deviations = deviations == null ? List.of() : List.copyOf(deviations);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public Optional<OutcomeResult> result(String hostOutcome) {
        return results.stream().filter(r -> r.outcome().equals(hostOutcome)).findFirst();
    }

    public PersonalTranscript withResults(List<OutcomeResult> newResults) {
        return new PersonalTranscript(id, agreement, issuer, learner, issued, newResults, unitCredits, deviations,
                extensions);
    }
}
