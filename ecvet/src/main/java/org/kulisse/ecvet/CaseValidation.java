package org.kulisse.ecvet;

import org.kulisse.core.validation.ValidationReport;

/**
 * The validation of the documents of one transfer, each report holding the findings about its own document
 * (cross-document findings sit where the wrong reference is written).
 *
 * @param framework the home framework
 * @param mou the memorandum
 * @param agreement the learning agreement
 * @param transcript the transcript
 * @param record the learner record
 */
public record CaseValidation(ValidationReport framework, ValidationReport mou, ValidationReport agreement,
        ValidationReport transcript, ValidationReport record) {

    public boolean isValid() {
        return framework.isValid() && mou.isValid() && agreement.isValid() && transcript.isValid() && record.isValid();
    }
}
