package org.kulisse.ecvet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.core.ImportException;
import org.kulisse.core.testing.Fixtures;

class EcvetJsonTest {
    private final EcvetJson json = EcvetJson.create();

    private static TransferCase sample() {
        return Cases.rigging(List.of(Target.wholeUnit("RIG-U1"), new Target("RIG-U2", List.of("RIG-U2-C1"), null,
                List.of(OutcomeMapping.identity("RIG-U2-C1")), Cases.ecvet(3))), List.of(
                OutcomeResult.of("RIG-U1-K1", AssessmentResult.PASSED, Cases.END.minusDays(2)),
                new OutcomeResult("RIG-U1-S1", AssessmentResult.FAILED, "4", "IT 1-10", "practical task",
                        Cases.END.minusDays(2), "J. W.", List.of("https://example.org/evidence/1")),
                OutcomeResult.of("RIG-U2-C1", AssessmentResult.NOT_ASSESSED, null)));
    }

    @Test
    void everyDocumentRoundTrips() {
        TransferCase c = sample();
        MemorandumOfUnderstanding mou = c.mou().withUnitCorrespondences(List.of(new UnitCorrespondence("RIG-U1",
                "H1", List.of(new OutcomeMapping("RIG-U1-K1", List.of("H1-K1", "H1-K2"))), java.time.Period.ofYears(3))));
        assertThat(json.readMou(json.writeString(mou))).isEqualTo(mou);
        LearningAgreement la = c.agreement().withTraining(new TrainingContext("DE", 156, true));
        assertThat(json.readAgreement(json.writeString(la))).isEqualTo(la);
        assertThat(json.readTranscript(json.writeString(c.transcript()))).isEqualTo(c.transcript());
        LearnerRecord record = new LearnerRecord("L1", List.of(new UnitAward("RIG-Q", "RIG-U1", Cases.ecvet(12),
                LocalDate.of(2025, 1, 1), "prior")));
        assertThat(json.readRecord(json.writeString(record))).isEqualTo(record);
        assertThat(json.writeString(mou)).isEqualTo(json.writeString(json.readMou(json.writeString(mou))));
    }

    @Test
    void decisionsAreWrittenWithEveryFieldTheCommandLinePromises() {
        TransferResult result = CreditTransfer.with(TransferPolicy.DEFAULT).decide(sample(), LocalDate.of(2026, 7, 1));
        String text = json.writeString(result);
        assertThat(text).contains("\"type\": \"transfer-decisions\"", "\"unit\": \"U1\"", "\"status\": \"PARTIAL\"",
                "\"coverage\": 0.2857", "\"awardedPoints\": 0", "\"coveredOutcomes\"", "\"gapOutcomes\"",
                "\"reasons\"", "\"documentedOnly\": []");
    }

    @Test
    void decisionsReadBackAsWritten() {
        for (PartialPointsPolicy policy : PartialPointsPolicy.values()) {
            TransferResult result = CreditTransfer.with(TransferPolicy.DEFAULT.withPartialPoints(policy))
                    .decide(sample(), LocalDate.of(2026, 7, 1));
            TransferResult read = json.readDecisions(json.writeString(result));
            assertThat(read).isEqualTo(result);
            assertThat(json.writeString(read)).isEqualTo(json.writeString(result));
        }
    }

    @Test
    void wrongTypeAndBadValuesAreLocated() {
        String mou = json.writeString(sample().mou());
        assertThatThrownBy(() -> json.readAgreement(mou)).isInstanceOf(ImportException.class)
                .hasMessageContaining("expected a \"learning-agreement\" document, found \"mou\"");
        String bad = json.writeString(sample().transcript()).replace("\"PASSED\"", "\"PASS\"");
        assertThatThrownBy(() -> json.readTranscript(bad)).isInstanceOf(ImportException.class)
                .hasMessageContaining("/results/0/result").hasMessageContaining("unknown value \"PASS\"");
        String validity = json.writeString(sample().mou()).replace("\"validity\": {",
                "\"unitCorrespondences\": [{\"homeUnit\": \"X\", \"creditValidity\": \"3 years\"}],\n  \"x\": {");
        assertThatThrownBy(() -> json.readMou(validity)).isInstanceOf(ImportException.class);
    }

    @Test
    void validationReportsBrokenDocuments() {
        TransferCase c = sample();
        LearningAgreement la = new LearningAgreement("LA-1", "MOU-1", c.agreement().learner(), "HOME", "HOST",
                new org.kulisse.core.model.Period(Cases.END, Cases.START), c.agreement().homeQualification(), null,
                List.of(Target.wholeUnit("RIG-U9"), Target.outcomes("RIG-U1", "RIG-U1-X")), List.of(), null, null, null,
                null, c.agreement().signatures(), null);
        PersonalTranscript tr = new PersonalTranscript("TR-1", "LA-OTHER", "HOST", "L1", Cases.END,
                c.transcript().results(), List.of(), List.of(), null);
        CaseValidation v = EcvetValidator.validate(new TransferCase(Fixtures.rigging(), c.mou(), la, tr, null));
        assertThat(v.isValid()).isFalse();
        assertThat(v.agreement().errors()).extracting(x -> x.path() + " " + x.code()).containsExactly(
                "/period INVALID_PERIOD", "/targets/0/homeUnit UNKNOWN_UNIT_REFERENCE",
                "/targets/1/outcomes/0 UNKNOWN_OUTCOME_REFERENCE");
        assertThat(v.transcript().errors()).extracting(x -> x.path() + " " + x.code())
                .containsExactly("/agreement DOCUMENT_MISMATCH");
        assertThat(EcvetValidator.validate(sample()).isValid()).isTrue();
    }
}
