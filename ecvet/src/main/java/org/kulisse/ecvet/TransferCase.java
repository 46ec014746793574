package org.kulisse.ecvet;

import org.kulisse.core.model.CompetenceFramework;

/**
 * The documents one credit transfer rests on.
 *
 * @param homeFramework the home framework (qualification, units, outcomes, points)
 * @param mou the memorandum of understanding
 * @param agreement the learning agreement
 * @param transcript the host's personal transcript
 * @param record units the learner already holds (may be empty)
 */
public record TransferCase(CompetenceFramework homeFramework, MemorandumOfUnderstanding mou,
        LearningAgreement agreement, PersonalTranscript transcript, LearnerRecord record) {

    public TransferCase {
        if (record == null) {
            record = LearnerRecord.empty(agreement == null || agreement.learner() == null ? null
                    : agreement.learner().id());
        }
    }

    public TransferCase withTranscript(PersonalTranscript newTranscript) {
        return new TransferCase(homeFramework, mou, agreement, newTranscript, record);
    }

    public TransferCase withAgreement(LearningAgreement newAgreement) {
        return new TransferCase(homeFramework, mou, newAgreement, transcript, record);
    }

    public TransferCase withMou(MemorandumOfUnderstanding newMou) {
        return new TransferCase(homeFramework, newMou, agreement, transcript, record);
    }

    public TransferCase withRecord(LearnerRecord newRecord) {
        return new TransferCase(homeFramework, mou, agreement, transcript, newRecord);
    }
}
