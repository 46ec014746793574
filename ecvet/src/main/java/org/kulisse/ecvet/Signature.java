package org.kulisse.ecvet;

import java.time.LocalDate;

/**
 * A signature on a memorandum or learning agreement.
 *
 * @param party who signs: an institution id, or the learner's id
 * @param signatory the name of the person who signed
 * @param function the signatory's function, or null
 * @param place where it was signed, or null
 * @param date when it was signed
 */
public record Signature(String party, String signatory, String function, String place, LocalDate date) {
}
