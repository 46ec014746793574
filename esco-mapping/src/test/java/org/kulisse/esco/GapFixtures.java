package org.kulisse.esco;

import java.util.List;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Unit;

/** Frameworks linked to the ESCO theatre subset, for gap tests here and in the store tests. */
public final class GapFixtures {
    /** Stage technician, ESCO 3435.25.5. */
    public static final String STAGE_TECHNICIAN = "3435.25.5";

    private GapFixtures() {
    }

    /**
     * Unit A's outcomes name the first three essential skills of stage technician (A3 names none), unit B's outcome
     * the third and fourth.
     */
    public static CompetenceFramework stageFramework(EscoTaxonomy esco) {
        List<Skill> essential = esco.essentialSkills(esco.occupation(STAGE_TECHNICIAN).orElseThrow().uri());
        Unit a = Unit.of("A", "A", LocalizedText.of("en", "A"), List.of(
                outcome("A1", essential.get(0).uri(), essential.get(1).uri()),
                outcome("A2", essential.get(2).uri()),
                outcome("A3")));
        Unit b = Unit.of("B", "B", LocalizedText.of("en", "B"), List.of(outcome("B1", essential.get(2).uri(),
                essential.get(3).uri())));
        return CompetenceFramework.builder("urn:gap").title(LocalizedText.of("en", "Gap")).languages("en")
                .unit(a).unit(b).build();
    }

    /** The same, plus a curated mapping of outcome A3 to the fifth essential skill and of unit B to the sixth. */
    public static CompetenceFramework stageFrameworkWithMappings(EscoTaxonomy esco) {
        List<Skill> essential = esco.essentialSkills(esco.occupation(STAGE_TECHNICIAN).orElseThrow().uri());
        return stageFramework(esco).withMappings(List.of(
                new Mapping("A3", Mapping.CLOSE, essential.get(4).uri(), null, Mapping.MANUAL_CURATION, null, null,
                        null, null, null),
                new Mapping("B", Mapping.BROAD, essential.get(5).uri(), null, Mapping.MANUAL_CURATION, null, null,
                        null, null, null)));
    }

    private static LearningOutcome outcome(String id, String... skills) {
        return LearningOutcome.of(OutcomeType.SKILL, id, id, LocalizedText.of("en", id), null, List.of(skills),
                Extensions.none());
    }
}
