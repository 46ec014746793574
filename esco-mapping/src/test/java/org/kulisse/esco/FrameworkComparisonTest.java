package org.kulisse.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.model.Unit;

class FrameworkComparisonTest {
    private static final String ESCO = "http://data.europa.eu/esco/skill/";

    private static Unit unit(String code, String... skills) {
        return Unit.of(code, code, LocalizedText.of("en", code), List.of(LearningOutcome.of(
                org.kulisse.core.model.OutcomeType.SKILL, code + "-S", "S", LocalizedText.of("en", "Do."), null,
                List.of(skills), null)));
    }

    @Test
    void proposesPairsBySharedSkills() {
        CompetenceFramework italian = CompetenceFramework.builder("urn:it").title(LocalizedText.of("it", "IT"))
                .unit(unit("IT1", ESCO + "a", ESCO + "b")).unit(unit("IT2", ESCO + "c")).build();
        CompetenceFramework norwegian = CompetenceFramework.builder("urn:no").title(LocalizedText.of("nb", "NO"))
                .unit(unit("NO1", ESCO + "a", ESCO + "b", ESCO + "d")).unit(unit("NO2")).build()
                .withMappings(List.of(new Mapping("NO2-S", Mapping.CLOSE, ESCO + "c", null, Mapping.MANUAL_CURATION,
                        null, null, null, null, null)));
        List<FrameworkComparison.Proposal> proposals = FrameworkComparison.compare(italian, norwegian);
        assertThat(proposals).extracting(FrameworkComparison.Proposal::unitA, FrameworkComparison.Proposal::unitB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IT2", "NO2"),
                        org.assertj.core.groups.Tuple.tuple("IT1", "NO1"));
        assertThat(proposals.get(1).overlap()).isEqualTo(2.0 / 3);
        assertThat(proposals.get(1).sharedSkills()).containsExactly(ESCO + "a", ESCO + "b");
    }
}
