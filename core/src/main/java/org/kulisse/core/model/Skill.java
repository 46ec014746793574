package org.kulisse.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;

/**
 * A learning outcome of type {@link OutcomeType#SKILL}.
 *
 * @param id identifier, unique in the framework
 * @param code short human code, or null
 * @param statement the outcome in each language
 * @param weight relative weight inside the unit, or null
 * @param relatedConcepts IRIs of related concepts (ESCO skills)
 * @param extensions unknown fields kept from the document
 */
public record Skill(@NotBlank String id, String code, @NotNull LocalizedText statement, @Positive BigDecimal weight,
        List<String> relatedConcepts, Extensions extensions) implements LearningOutcome {

    public Skill {
        relatedConcepts = Lists.copy(relatedConcepts);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    @Override
    public OutcomeType type() {
        return OutcomeType.SKILL;
    }
}
