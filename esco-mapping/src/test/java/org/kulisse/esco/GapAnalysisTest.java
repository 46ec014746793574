package org.kulisse.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Unit;
import org.kulisse.core.testing.SharedData;

class GapAnalysisTest {
    private static EscoTaxonomy esco;
    private static GapAnalysis analysis;
    private static Occupation stage;

    @BeforeAll
    static void load() {
        esco = EscoLoader.create().folder(SharedData.require("esco/theatre-subset-v1.1.1")).load();
        analysis = GapAnalysis.of(SkillProfiles.of(esco));
        stage = esco.occupation("3435.25.5").orElseThrow();
    }

    /** A framework whose unit A maps to the first three essential skills of stage technician, unit B to one more. */
    private static CompetenceFramework framework() {
        List<Skill> essential = esco.essentialSkills(stage.uri());
        Unit a = Unit.of("A", "A", LocalizedText.of("en", "A"), List.of(
                outcome("A1", essential.get(0).uri(), essential.get(1).uri()),
                outcome("A2", essential.get(2).uri()),
                outcome("A3")));
        Unit b = Unit.of("B", "B", LocalizedText.of("en", "B"), List.of(outcome("B1", essential.get(2).uri(),
                essential.get(3).uri())));
        return CompetenceFramework.builder("urn:gap").title(LocalizedText.of("en", "Gap")).languages("en")
                .unit(a).unit(b).build();
    }

    private static LearningOutcome outcome(String id, String... skills) {
        return LearningOutcome.of(OutcomeType.SKILL, id, id, LocalizedText.of("en", id), null, List.of(skills),
                Extensions.none());
    }

    @Test
    void gapAgainstStageTechnician() {
        List<Skill> essential = esco.essentialSkills(stage.uri());
        GapAnalysis.Holdings holdings = analysis.holdings(framework(), List.of("A"));
        assertThat(holdings.unmapped()).containsExactly("A3");
        GapAnalysis.Gap gap = analysis.gap(holdings, "3435.25.5");
        assertThat(gap.essentialCovered()).containsExactlyInAnyOrder(essential.get(0).uri(), essential.get(1).uri(),
                essential.get(2).uri());
        assertThat(gap.essentialMissing()).hasSize(essential.size() - 3);
        assertThat(gap.essentialCoverage()).isEqualTo(3.0 / essential.size());
        assertThat(gap.coveredBy().get(essential.get(0).uri())).containsExactly("A");

        GapAnalysis.Gap both = analysis.gap(analysis.holdings(framework(), List.of("A", "B")), stage.uri());
        assertThat(both.essentialCovered()).hasSize(4);
        assertThat(both.coveredBy().get(essential.get(2).uri())).containsExactly("A", "B");
        // single outcomes count too
        assertThat(analysis.gap(analysis.holdings(framework(), List.of("A2")), stage.uri()).essentialCovered())
                .containsExactly(essential.get(2).uri());
    }

    @Test
    void rankingOrdersEveryOccupationByEssentialCoverage() {
        List<GapAnalysis.Fit> fits = analysis.rank(analysis.holdings(framework(), List.of("A", "B")), 1000);
        assertThat(fits).isNotEmpty();
        assertThat(fits).isSortedAccordingTo((x, y) -> Double.compare(y.coverage(), x.coverage()));
        assertThat(fits).anyMatch(f -> f.occupation().equals(stage.uri()) && f.essentialCovered() == 4);
        assertThat(fits).hasSize((int) esco.occupations().stream()
                .filter(o -> !esco.essentialSkills(o.uri()).isEmpty()).count());
        assertThat(analysis.rank(analysis.holdings(framework(), List.of()), 3)).allMatch(f -> f.coverage() == 0);
    }
}
