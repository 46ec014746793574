package org.kulisse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.Unit;
import org.kulisse.core.validation.ModelValidator;

class BackstageFrameworkTest {
    private final CompetenceFramework backstage = Backstage.framework();

    @Test
    void validatesCleanWithoutWarnings() {
        assertThat(ModelValidator.standard().validate(backstage).violations()).isEmpty();
    }

    @Test
    void isTheQualificationOfTheReferenceNotes() {
        assertThat(backstage.languages()).containsExactly("en", "it", "de", "bg", "nb");
        Qualification q = backstage.qualifications().get(0);
        assertThat(q.title().get("en")).contains("European Junior Backstage Technician (small theatres)");
        assertThat(q.eqfLevel()).isEqualTo(EqfLevel.of(3));
        assertThat(q.pointsIn(CreditPoints.ECVET)).contains(CreditPoints.ecvet(60));
        assertThat(backstage.units()).extracting(Unit::code).containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7");
        assertThat(q.units()).extracting(qu -> qu.pointsIn(CreditPoints.ECVET).orElseThrow().value())
                .containsExactly(new BigDecimal(6), new BigDecimal(12), new BigDecimal(10), new BigDecimal(10),
                        new BigDecimal(6), new BigDecimal(8), new BigDecimal(8));
    }

    @Test
    void everyUnitHasKnowledgeSkillsAndCompetenceInAllFiveLanguages() {
        for (Unit unit : backstage.units()) {
            assertThat(unit.learningOutcomes()).extracting(LearningOutcome::type).as(unit.code())
                    .contains(OutcomeType.KNOWLEDGE, OutcomeType.SKILL, OutcomeType.COMPETENCE);
            assertThat(unit.title().languages()).as(unit.code()).containsExactlyElementsOf(backstage.languages());
            for (LearningOutcome outcome : unit.learningOutcomes()) {
                assertThat(outcome.statement().languages()).as(outcome.code())
                        .containsExactlyElementsOf(backstage.languages());
                // one outcome per statement: a single sentence ending with a full stop
                outcome.statement().texts().values().forEach(text -> assertThat(text).as(outcome.code())
                        .endsWith(".").doesNotContain(". "));
                assertThat(outcome.code()).startsWith(outcome.type().name().substring(0, 1));
            }
        }
        assertThat(backstage.units().stream().mapToInt(u -> u.learningOutcomes().size()).sum()).isEqualTo(47);
    }

    @Test
    void theBundledFileIsInCanonicalFormAndRoundTrips() throws IOException {
        KulisseJson json = KulisseJson.create();
        String canonical = json.writeString(backstage);
        try (InputStream in = Backstage.class.getResourceAsStream(Backstage.FRAMEWORK_RESOURCE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(canonical);
        }
        assertThat(json.readFramework(canonical)).isEqualTo(backstage);
    }

    @Test
    void relatedEscoSkillsAreEscoIris() {
        List<String> related = backstage.units().stream().flatMap(u -> u.learningOutcomes().stream())
                .flatMap(o -> o.relatedConcepts().stream()).toList();
        assertThat(related).isNotEmpty().allMatch(iri -> iri.startsWith("http://data.europa.eu/esco/skill/"));
    }
}
