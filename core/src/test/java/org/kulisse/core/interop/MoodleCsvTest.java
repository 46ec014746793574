package org.kulisse.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Unit;
import org.kulisse.core.testing.Fixtures;

class MoodleCsvTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = MoodleCsvTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void exportFollowsTheFourteenColumnLayoutAndMoodlesImportRules() {
        String csv = MoodleCsv.write(Fixtures.riggingWithExtensions(), "en");
        MoodleRules.check(csv);
        assertThat(csv).startsWith("\"Parent ID number\",\"ID number\",\"Short name\",Description,");
    }

    @Test
    void roundTripKeepsTreeCodesIdsTypesTextsAndLinks() {
        CompetenceFramework original = Fixtures.rigging();
        InteropResult<CompetenceFramework> result = MoodleCsv.read(MoodleCsv.write(original, "en"), "en");
        assertThat(result.errors()).isEmpty();
        CompetenceFramework back = result.value();
        assertThat(back.id()).isEqualTo(original.id());
        assertThat(back.languages()).isEqualTo(original.languages());
        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.units()).extracting(Unit::id).isEqualTo(original.units().stream().map(Unit::id).toList());
        assertThat(back.units()).extracting(Unit::code).containsExactly("U1", "U2");
        for (int i = 0; i < original.units().size(); i++) {
            Unit a = original.units().get(i);
            Unit b = back.units().get(i);
            assertThat(b.title()).isEqualTo(a.title());
            assertThat(b.learningOutcomes()).extracting(LearningOutcome::id, LearningOutcome::code,
                    LearningOutcome::type, LearningOutcome::statement, LearningOutcome::relatedConcepts)
                    .isEqualTo(a.learningOutcomes().stream().map(o -> org.assertj.core.groups.Tuple.tuple(o.id(),
                            o.code(), o.type(), o.statement(), o.relatedConcepts())).toList());
        }
        assertThat(back.qualifications().get(0).eqfLevel()).isEqualTo(original.qualifications().get(0).eqfLevel());
        assertThat(back.qualifications().get(0).units()).isEqualTo(original.qualifications().get(0).units());
        assertThat(back.qualifications().get(0).creditPoints())
                .isEqualTo(original.qualifications().get(0).creditPoints());
    }

    @Test
    void readsAnOlderMoodleExportByDepthWithAReport() throws IOException {
        InteropResult<CompetenceFramework> result = MoodleCsv.read(resource("moodle-old-header.csv"), "en");
        assertThat(result.errors()).isEmpty();
        CompetenceFramework f = result.value();
        assertThat(f.id()).isEqualTo("SAFE-2019");
        assertThat(f.title().get("en")).contains("Safety competences for stagehands, as a school exported them "
                + "from Moodle 3.1.");
        assertThat(f.qualifications()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("SAFE");
            assertThat(q.units()).extracting(u -> u.unit()).containsExactly("SAFE-H", "SAFE-E");
        });
        assertThat(f.units()).extracting(Unit::id).containsExactly("SAFE-H", "SAFE-E");
        Unit height = f.units().get(0);
        assertThat(height.learningOutcomes()).extracting(LearningOutcome::type)
                .containsExactly(OutcomeType.KNOWLEDGE, OutcomeType.SKILL);
        assertThat(height.learningOutcomes().get(1).statement().get("en"))
                .contains("Use a fall-arrest harness correctly, checking it before use.");
        assertThat(height.learningOutcomes().get(0).statement().get("en"))
                .contains("Name the hazards of work at height");
        assertThat(result.warnings()).extracting(InteropIssue::toString)
                .anyMatch(w -> w.contains("row 8") && w.contains("SAFE-E-S1") && w.contains("could not be told"))
                .anyMatch(w -> w.contains("EQF level"));
    }

    @Test
    void badInputIsReportedWithRowNumbers() {
        String header = String.join(",", MoodleCsv.HEADER) + "\n";
        String framework = "\"\",F,Framework,,1,\"a,b\",\"[{\"\"scaleid\"\":\"\"1\"\"}]\",,,,,,1,competency\n";
        InteropResult<CompetenceFramework> orphan = MoodleCsv.read(header + framework
                + "NOPE,C1,Child,,1,,,,,,,,,\n", "en");
        assertThat(orphan.errors()).extracting(InteropIssue::toString)
                .containsExactly("row 3 (Parent ID number): ERROR parent \"NOPE\" does not exist");
        assertThatThrownBy(() -> orphan.orThrow("orphan.csv")).isInstanceOf(ImportException.class)
                .hasMessageContaining("orphan.csv:3").hasMessageContaining("NOPE");

        InteropResult<CompetenceFramework> two = MoodleCsv.read(header + framework + framework, "en");
        assertThat(two.value()).isNull();
        assertThat(two.errors()).extracting(InteropIssue::toString)
                .containsExactly("row 3 (Is framework): ERROR more than one framework row (rows [2, 3])");

        InteropResult<CompetenceFramework> wrong = MoodleCsv.read("id,name,description\n1,a,b\n", "en");
        assertThat(wrong.value()).isNull();
        assertThat(wrong.errors()).singleElement().asString().startsWith("row 1: ERROR the first row is not");

        InteropResult<CompetenceFramework> duplicate = MoodleCsv.read(header + framework
                + ",C1,One,,1,,,,,,,,,\n,C1,Again,,1,,,,,,,,,\n", "en");
        assertThat(duplicate.errors()).extracting(InteropIssue::row).containsExactly(4);

        InteropResult<CompetenceFramework> cycle = MoodleCsv.read(header + framework
                + "B,A,One,,1,,,,,,,,,\nA,B,Two,,1,,,,,,,,,\n", "en");
        assertThat(cycle.errors()).extracting(InteropIssue::row).contains(3, 4);
        assertThat(MoodleCsv.looksLike(header)).isTrue();
        assertThat(MoodleCsv.looksLike("{\"kulisse\": \"1.0\"}")).isFalse();
    }

    @Test
    void shortNamesAreCutAtAWordBoundary() {
        String csv = MoodleCsv.write(Fixtures.rigging().withUnits(List.of(Unit.of("U", "U",
                org.kulisse.core.model.LocalizedText.of("en", "word ".repeat(40).trim()), List.of(
                        LearningOutcome.skill("S", "S1", org.kulisse.core.model.LocalizedText.of("en", "Do."))))))
                .withQualifications(List.of()), "en");
        MoodleRules.check(csv);
        assertThat(csv).contains("…");
    }
}
