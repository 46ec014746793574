package org.kulisse.esco;

import org.kulisse.core.model.LocalizedText;

/**
 * An ESCO skill, competence or knowledge concept.
 *
 * @param uri the concept IRI
 * @param type skill/competence, knowledge (or unknown)
 * @param reuseLevel transversal, cross-sector, sector-specific, occupation-specific (or unknown)
 * @param labels preferred, alternative and hidden labels
 * @param description the description in each language
 */
public record Skill(String uri, SkillType type, ReuseLevel reuseLevel, Labels labels, LocalizedText description) {
}
