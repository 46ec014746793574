package org.kulisse.europass;

import java.util.Objects;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Period;
import org.kulisse.ecvet.CompetentInstitution;
import org.kulisse.ecvet.LearningAgreement;
import org.kulisse.ecvet.MemorandumOfUnderstanding;

/**
 * A placement abroad: where, when and what the learner did. Written as a work experience in the CV and as a learning
 * activity in the credential.
 *
 * @param host the host institution (name and country are used)
 * @param period the dates of the stay
 * @param activities what the learner did, in as many languages as known
 * @param naceSection the host's economic sector as a NACE rev. 2 section letter (A-U), or null; theatres are R
 */
public record Placement(CompetentInstitution host, Period period, LocalizedText activities, String naceSection) {

    public Placement {
        Objects.requireNonNull(host, "host");
        activities = activities == null ? LocalizedText.empty() : activities;
        if (naceSection != null && !naceSection.matches("[A-U]")) {
            throw new IllegalArgumentException("a NACE rev. 2 section is one letter A-U, not " + naceSection);
        }
    }

    /**
     * The placement a learning agreement describes; the host's name and country come from the memorandum's
     * signatories.
     *
     * @throws IllegalArgumentException if the memorandum does not list the agreement's host
     */
    public static Placement of(LearningAgreement agreement, MemorandumOfUnderstanding mou, String naceSection) {
        CompetentInstitution host = mou.signatories().stream().filter(i -> i.id().equals(agreement.host()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the memorandum " + mou.id()
                        + " does not list the host " + agreement.host() + " of agreement " + agreement.id()));
        return new Placement(host, agreement.period(), agreement.activities(), naceSection);
    }
}
