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

    private static CompetenceFramework framework() {
        return GapFixtures.stageFramework(esco);
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
