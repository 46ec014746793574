package org.kulisse.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * A unit of learning outcomes (ECVET): a coherent set of knowledge, skills and competence that can be assessed and
 * validated on its own. Its credit points belong to the qualifications it is part of ({@link QualificationUnit}).
 *
 * @param id identifier, unique in the framework
 * @param code short human code such as {@code U3}, or null
 * @param title generic title
 * @param description longer description (may be empty)
 * @param learningOutcomes the outcomes, in order
 * @param assessmentCriteria criteria for assessment (may be empty)
 * @param assessmentMethods methods of assessment (may be empty)
 * @param validity validity in time, or null
 * @param extensions unknown fields kept from the document
 */
public record Unit(
        @NotBlank String id,
        String code,
        @NotNull LocalizedText title,
        LocalizedText description,
        List<@Valid LearningOutcome> learningOutcomes,
        List<LocalizedText> assessmentCriteria,
        List<LocalizedText> assessmentMethods,
        Period validity,
        Extensions extensions) {

    public Unit {
        description = description == null ? LocalizedText.empty() : description;
        learningOutcomes = Lists.copy(learningOutcomes);
        assessmentCriteria = Lists.copy(assessmentCriteria);
        assessmentMethods = Lists.copy(assessmentMethods);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    /** A unit with just an id, code, title and outcomes. */
    public static Unit of(String id, String code, LocalizedText title, List<LearningOutcome> outcomes) {
        return new Unit(id, code, title, null, outcomes, List.of(), List.of(), null, null);
    }

    public Optional<LearningOutcome> outcome(String outcomeId) {
        return learningOutcomes.stream().filter(o -> o.id().equals(outcomeId)).findFirst();
    }

    public Unit withLearningOutcomes(List<LearningOutcome> outcomes) {
        return new Unit(id, code, title, description, outcomes, assessmentCriteria, assessmentMethods, validity,
                extensions);
    }

    public Unit withId(String newId) {
        return new Unit(newId, code, title, description, learningOutcomes, assessmentCriteria, assessmentMethods,
                validity, extensions);
    }
}
