package org.kulisse.ecvet;

import org.kulisse.core.model.LocalizedText;

/**
 * The partners' statement that two qualifications are (or are not) comparable for credit transfer (Annex II §3,
 * item 4). An explicit {@code comparable = true} lets a one-level EQF difference pass without review.
 *
 * @param homeQualification id of the home qualification
 * @param hostQualification id of the host qualification
 * @param comparable whether the partners declare them comparable
 * @param statement the wording of the statement
 */
public record Comparability(String homeQualification, String hostQualification, boolean comparable,
        LocalizedText statement) {

    public Comparability {
        statement = statement == null ? LocalizedText.empty() : statement;
    }
}
