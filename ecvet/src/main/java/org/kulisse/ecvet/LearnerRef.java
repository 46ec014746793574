package org.kulisse.ecvet;

import org.kulisse.core.model.PersonName;

/**
 * The learner as a mobility document identifies them: the id of their Kulisse learner record and their name.
 *
 * @param id the learner's id
 * @param name the learner's name, or null
 */
public record LearnerRef(String id, PersonName name) {
}
