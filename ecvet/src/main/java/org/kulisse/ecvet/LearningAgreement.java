package org.kulisse.ecvet;

import java.util.List;
import java.util.Optional;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Period;

/**
 * A learning agreement: home and host institution and the learner agree, within a memorandum, what the learner will
 * learn abroad and that the home institution will validate and recognise it when it is positively assessed.
 *
 * @param id identifier
 * @param mou id of the memorandum it is made under
 * @param learner the learner
 * @param home id of the home institution (validates and recognises)
 * @param host id of the host institution (trains and assesses)
 * @param period the mobility period
 * @param homeQualification id of the qualification the learner is taking at home
 * @param hostQualification id of the host's qualification in the memorandum, or null (then the memorandum's
 *     qualification of the host is used)
 * @param targets the outcomes to be achieved abroad
 * @param expectedPoints the points to be acquired abroad, if stated
 * @param activities the learning activities abroad
 * @param assessment how the host assesses
 * @param recognitionClause the home institution's commitment to validate and recognise
 * @param training national training context (for rules on time abroad), or null
 * @param signatures signatures of home, host and learner
 * @param extensions unknown fields kept from the document
 */
public record LearningAgreement(
        String id,
        String mou,
        LearnerRef learner,
        String home,
        String host,
        Period period,
        String homeQualification,
        String hostQualification,
        List<Target> targets,
        List<CreditPoints> expectedPoints,
        LocalizedText activities,
        LocalizedText assessment,
        LocalizedText recognitionClause,
        TrainingContext training,
        List<Signature> signatures,
        Extensions extensions) {

    public LearningAgreement {
        targets = targets == null ? List.of() : List.copyOf(targets);
        expectedPoints = expectedPoints == null ? List.of() : List.copyOf(expectedPoints);
        activities = activities == null ? LocalizedText.empty() : activities;
        assessment = assessment == null ? LocalizedText.empty() : assessment;
        recognitionClause = recognitionClause == null ? LocalizedText.empty() : recognitionClause;
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public Optional<Signature> signatureOf(String party) {
        return signatures.stream().filter(s -> party != null && party.equals(s.party())).findFirst();
    }

    public LearningAgreement withTargets(List<Target> newTargets) {
        return new LearningAgreement(id, mou, learner, home, host, period, homeQualification, hostQualification,
                newTargets, expectedPoints, activities, assessment, recognitionClause, training, signatures,
                extensions);
    }

    public LearningAgreement withPeriod(Period newPeriod) {
        return new LearningAgreement(id, mou, learner, home, host, newPeriod, homeQualification, hostQualification,
                targets, expectedPoints, activities, assessment, recognitionClause, training, signatures, extensions);
    }

    public LearningAgreement withTraining(TrainingContext newTraining) {
        return new LearningAgreement(id, mou, learner, home, host, period, homeQualification, hostQualification,
                targets, expectedPoints, activities, assessment, recognitionClause, newTraining, signatures,
                extensions);
    }

    public LearningAgreement withSignatures(List<Signature> newSignatures) {
        return new LearningAgreement(id, mou, learner, home, host, period, homeQualification, hostQualification,
                targets, expectedPoints, activities, assessment, recognitionClause, training, newSignatures,
                extensions);
    }
}
