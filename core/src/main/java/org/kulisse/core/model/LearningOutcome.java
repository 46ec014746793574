package org.kulisse.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One statement of what a learner knows, can do or takes responsibility for. The kinds are closed: {@link Knowledge},
 * {@link Skill}, {@link Competence}.
 */
public sealed interface LearningOutcome permits Knowledge, Skill, Competence {

    String id();

    /** Short human code such as {@code K3.1}, or null. */
    String code();

    LocalizedText statement();

    /** Relative weight inside the unit, or null. */
    BigDecimal weight();

    /** IRIs of related concepts (ESCO skills, other vocabularies). */
    List<String> relatedConcepts();

    Extensions extensions();

    OutcomeType type();

    /** Builds an outcome of the given type. */
    static LearningOutcome of(OutcomeType type, String id, String code, LocalizedText statement, BigDecimal weight,
            List<String> relatedConcepts, Extensions extensions) {
        return switch (type) {
            case KNOWLEDGE -> new Knowledge(id, code, statement, weight, relatedConcepts, extensions);
            case SKILL -> new Skill(id, code, statement, weight, relatedConcepts, extensions);
            case COMPETENCE -> new Competence(id, code, statement, weight, relatedConcepts, extensions);
        };
    }

    static Knowledge knowledge(String id, String code, LocalizedText statement) {
        return new Knowledge(id, code, statement, null, List.of(), Extensions.none());
    }

    static Skill skill(String id, String code, LocalizedText statement) {
        return new Skill(id, code, statement, null, List.of(), Extensions.none());
    }

    static Competence competence(String id, String code, LocalizedText statement) {
        return new Competence(id, code, statement, null, List.of(), Extensions.none());
    }
}
