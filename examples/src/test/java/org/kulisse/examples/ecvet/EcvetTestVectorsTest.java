package org.kulisse.examples.ecvet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kulisse.ecvet.ReasonCodes.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Period;
import org.kulisse.ecvet.AssessmentResult;
import org.kulisse.ecvet.ConvertedPoints;
import org.kulisse.ecvet.CreditConversions;
import org.kulisse.ecvet.CreditTransfer;
import org.kulisse.ecvet.DecisionStatus;
import org.kulisse.ecvet.LearnerRecord;
import org.kulisse.ecvet.MouQualification;
import org.kulisse.ecvet.OutcomeResult;
import org.kulisse.ecvet.PartialPointsPolicy;
import org.kulisse.ecvet.PersonalTranscript;
import org.kulisse.ecvet.PointsAllocation;
import org.kulisse.ecvet.RecognitionDecision;
import org.kulisse.ecvet.Target;
import org.kulisse.ecvet.TrainingContext;
import org.kulisse.ecvet.TransferCase;
import org.kulisse.ecvet.TransferPolicy;
import org.kulisse.ecvet.TransferResult;
import org.kulisse.ecvet.UnitAward;
import org.kulisse.examples.Backstage;

/**
 * The test vectors T1–T12 of the ECVET reference notes (§3.5) on the Backstage framework and the worked mobility:
 * Italian home school, German host theatre, host qualification EQF 3.
 */
class EcvetTestVectorsTest {
    private static final String P = "EU-BACKSTAGE-";
    private static final LocalDate RECOGNITION = LocalDate.of(2026, 6, 15);
    private static final TransferCase MOBILITY = Backstage.mobility();

    private static TransferResult decide(TransferCase c, PartialPointsPolicy policy) {
        return CreditTransfer.with(TransferPolicy.DEFAULT.withPartialPoints(policy)).decide(c, RECOGNITION);
    }

    private static TransferResult decide(TransferCase c) {
        return decide(c, PartialPointsPolicy.NONE);
    }

    private static TransferCase withResult(TransferCase c, String outcome, AssessmentResult result) {
        List<OutcomeResult> results = new ArrayList<>();
        for (OutcomeResult r : c.transcript().results()) {
            results.add(r.outcome().equals(outcome) ? new OutcomeResult(r.outcome(), result, r.grade(),
                    r.gradingScheme(), r.method(), r.date(), r.assessor(), r.evidence()) : r);
        }
        if (results.stream().noneMatch(r -> r.outcome().equals(outcome))) {
            results.add(OutcomeResult.of(outcome, result, LocalDate.of(2026, 6, 3)));
        }
        return c.withTranscript(c.transcript().withResults(results));
    }

    private static BigDecimal points(RecognitionDecision d) {
        return d.awardedPoints().value();
    }

    @Test
    void t1WholeUnitPassedIsFullWithHomePointsWhateverTheHostSays() {
        assertThat(MOBILITY.transcript().unitCredits().get(0).hostPoints()).isEqualTo(CreditPoints.ecvet(8));
        RecognitionDecision u3 = decide(MOBILITY).decision("U3").orElseThrow();
        assertThat(u3.status()).isEqualTo(DecisionStatus.FULL);
        assertThat(points(u3)).isEqualByComparingTo("10");
        assertThat(u3.awardedPoints().system()).isEqualTo(CreditPoints.ECVET);
        assertThat(u3.coverage()).isEqualByComparingTo("1");
        assertThat(u3.coveredOutcomes()).hasSize(9);
        assertThat(u3.gapOutcomes()).isEmpty();
        assertThat(u3.evidence()).hasSize(9).allMatch(r -> r.result() == AssessmentResult.PASSED);
    }

    @Test
    void t2OneFailedSkillMakesThePartial() {
        TransferCase failed = withResult(MOBILITY, P + "U3-S3.4", AssessmentResult.FAILED);
        RecognitionDecision none = decide(failed).decision("U3").orElseThrow();
        assertThat(none.status()).isEqualTo(DecisionStatus.PARTIAL);
        assertThat(none.coverage()).isEqualByComparingTo(new BigDecimal("0.8889"));
        assertThat(none.gapOutcomes()).containsExactly(P + "U3-S3.4");
        assertThat(points(none)).isEqualByComparingTo("0");
        assertThat(none.reasons()).extracting(r -> r.code()).contains(LO_FAILED, PARTIAL_NO_POINTS);
        assertThat(none.complementaryMeasures()).singleElement().asString().contains("S3.4");

        RecognitionDecision proRata = decide(failed, PartialPointsPolicy.PRO_RATA).decision("U3").orElseThrow();
        assertThat(points(proRata)).isEqualByComparingTo("8.9");
    }

    @Test
    void t3ThreeTargetedOutcomesOfU7ArePartial() {
        RecognitionDecision none = decide(MOBILITY).decision("U7").orElseThrow();
        assertThat(none.status()).isEqualTo(DecisionStatus.PARTIAL);
        assertThat(none.coverage()).isEqualByComparingTo("0.375");
        assertThat(none.coveredOutcomes()).containsExactly(P + "U7-K7.3", P + "U7-S7.2", P + "U7-S7.3");
        assertThat(none.gapOutcomes()).containsExactly(P + "U7-K7.1", P + "U7-K7.2", P + "U7-S7.1", P + "U7-S7.4",
                P + "U7-C7.1");
        assertThat(none.reasons()).filteredOn(r -> r.code().equals(LO_NOT_TARGETED)).hasSize(5);
        assertThat(points(none)).isEqualByComparingTo("0");
        assertThat(points(decide(MOBILITY, PartialPointsPolicy.PRO_RATA).decision("U7").orElseThrow()))
                .isEqualByComparingTo("3.0");
        assertThat(points(decide(MOBILITY, PartialPointsPolicy.LA_SPECIFIED).decision("U7").orElseThrow()))
                .isEqualByComparingTo("3");
    }

    @Test
    void t4PassedButNotTargetedIsDocumentedOnly() {
        TransferResult result = decide(withResult(MOBILITY, P + "U5-S5.1", AssessmentResult.PASSED));
        assertThat(result.documentedOnly()).containsExactly(P + "U5-S5.1");
        assertThat(result.decisions()).extracting(RecognitionDecision::unitCode).containsExactly("U3", "U7");
        assertThat(decide(MOBILITY).documentedOnly()).isEmpty();
    }

    @Test
    void t5MouExpiringBeforeTheEndRejectsEverything() {
        LocalDate end = MOBILITY.agreement().period().until();
        TransferCase c = MOBILITY.withMou(MOBILITY.mou().withValidity(new Period(LocalDate.of(2026, 1, 1),
                end.minusDays(1))));
        TransferResult result = decide(c);
        assertThat(result.decisions()).hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DecisionStatus.REJECTED);
            assertThat(d.hasReason(MOU_NOT_VALID_FOR_PERIOD)).isTrue();
            assertThat(points(d)).isEqualByComparingTo("0");
        });
        assertThat(result.anyRejected()).isTrue();
    }

    @Test
    void t6HostQualificationTwoLevelsApartIsIncompatible() {
        List<MouQualification> qualifications = new ArrayList<>(MOBILITY.mou().qualifications());
        MouQualification host = qualifications.get(1);
        qualifications.set(1, new MouQualification(host.id(), host.institution(), host.title(), EqfLevel.of(1),
                host.nqfLevel(), host.points()));
        TransferResult result = decide(MOBILITY.withMou(MOBILITY.mou().withQualifications(qualifications)));
        assertThat(result.decisions()).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DecisionStatus.REJECTED);
            assertThat(d.hasReason(EQF_INCOMPATIBLE)).isTrue();
        });
    }

    @Test
    void oneLevelApartNeedsReviewUnlessDeclaredComparable() {
        List<MouQualification> qualifications = new ArrayList<>(MOBILITY.mou().qualifications());
        MouQualification host = qualifications.get(1);
        qualifications.set(1, new MouQualification(host.id(), host.institution(), host.title(), EqfLevel.of(4),
                host.nqfLevel(), host.points()));
        TransferCase declared = MOBILITY.withMou(MOBILITY.mou().withQualifications(qualifications));
        assertThat(decide(declared).decisions()).noneMatch(RecognitionDecision::needsReview);
        TransferCase undeclared = declared.withMou(declared.mou().withComparability(List.of()));
        RecognitionDecision u3 = decide(undeclared).decision("U3").orElseThrow();
        assertThat(u3.needsReview()).isTrue();
        assertThat(u3.status()).isEqualTo(DecisionStatus.FULL);
        assertThat(u3.hasReason(EQF_NEEDS_REVIEW)).isTrue();
        TransferResult strict = CreditTransfer.with(TransferPolicy.DEFAULT.withEqfTolerance(0)).decide(undeclared,
                RECOGNITION);
        assertThat(strict.decisions()).allMatch(d -> d.status() == DecisionStatus.REJECTED);
    }

    @Test
    void t7AssessmentOlderThanTheCreditValidityHasExpired() {
        TransferCase c = MOBILITY.withAgreement(MOBILITY.agreement().withTargets(List.of(Target.wholeUnit(P + "U2"))));
        List<OutcomeResult> results = Backstage.framework().unit(P + "U2").orElseThrow().learningOutcomes().stream()
                .map(o -> OutcomeResult.of(o.id(), AssessmentResult.PASSED, LocalDate.of(2019, 6, 1))).toList();
        c = c.withTranscript(c.transcript().withResults(results));
        RecognitionDecision u2 = CreditTransfer.with(TransferPolicy.DEFAULT).decide(c, LocalDate.of(2023, 1, 10))
                .decision("U2").orElseThrow();
        assertThat(u2.status()).isEqualTo(DecisionStatus.EXPIRED);
        assertThat(u2.hasReason(UNIT_EXPIRED)).isTrue();
        assertThat(points(u2)).isEqualByComparingTo("0");
        // within three years the same results still count
        assertThat(CreditTransfer.with(TransferPolicy.DEFAULT).decide(c, LocalDate.of(2022, 5, 31)).decision("U2")
                .orElseThrow().status()).isEqualTo(DecisionStatus.FULL);
    }

    @Test
    void t8AUnitIsNotAwardedTwice() {
        TransferResult first = decide(MOBILITY);
        assertThat(first.accumulatedPoints()).isEqualTo(CreditPoints.ecvet(10));
        LearnerRecord record = LearnerRecord.empty("learner-giulia-rossi").plus(first);
        TransferResult second = decide(MOBILITY.withRecord(record));
        RecognitionDecision u3 = second.decision("U3").orElseThrow();
        assertThat(u3.status()).isEqualTo(DecisionStatus.NOT_AWARDED_AGAIN);
        assertThat(u3.hasReason(UNIT_ALREADY_AWARDED)).isTrue();
        assertThat(second.accumulatedPoints().value()).isEqualByComparingTo("10");
        assertThat(record.plus(second).awards()).hasSize(1);
    }

    @Test
    void t9AndT10LargestRemainderAllocation() {
        assertThat(PointsAllocation.allocate(60, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(9, 9, 9, 9, 8, 8, 8);
        assertThat(PointsAllocation.allocate(60, List.of(new BigDecimal(1), new BigDecimal(2), new BigDecimal(3))))
                .containsExactly(10, 20, 30);
        assertThat(PointsAllocation.qualificationPoints(new BigDecimal("1"))).isEqualTo(60);
        assertThat(PointsAllocation.qualificationPoints(new BigDecimal("2.5"))).isEqualTo(150);
    }

    @Test
    void t11FinnishCompetencePointsConvertOneToOneWithProvenance() {
        CreditPoints osp = new CreditPoints(new BigDecimal("15"), CreditConversions.FI_OSP);
        ConvertedPoints converted = CreditConversions.defaults().convert(osp, CreditPoints.ECVET).orElseThrow();
        assertThat(converted.value()).isEqualTo(CreditPoints.ecvet(15));
        assertThat(converted.original()).isEqualTo(osp);
        assertThat(converted.conversion()).isEqualTo(CreditConversions.FI_OSP_TO_ECVET);
        assertThat(converted.isIndicative()).isFalse();
        // and it counts in accumulation: a unit recognised in Finland adds its 15 points once
        LearnerRecord record = new LearnerRecord("learner-giulia-rossi", List.of(new UnitAward(P + "JBT", P + "U1",
                osp, LocalDate.of(2025, 12, 1), "FI transcript")));
        assertThat(decide(MOBILITY.withRecord(record)).accumulatedPoints().value()).isEqualByComparingTo("25");
        // ECTS is never converted unless asked for, and then only indicatively
        assertThat(CreditConversions.defaults().convert(new CreditPoints(BigDecimal.TEN, CreditPoints.ECTS),
                CreditPoints.ECVET)).isEmpty();
        assertThat(CreditConversions.builder().indicativeEcvetEcts().build().convert(CreditPoints.ecvet(10),
                CreditPoints.ECTS).orElseThrow().isIndicative()).isTrue();
    }

    @Test
    void t12GermanApprenticeFortyWeeksAbroadGetsBothWarnings() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        TransferCase c = MOBILITY.withAgreement(MOBILITY.agreement()
                .withPeriod(new Period(start, start.plusWeeks(40).minusDays(1)))
                .withTraining(new TrainingContext("DE", 156, false)));
        c = c.withMou(c.mou().withValidity(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31))));
        c = c.withAgreement(c.agreement().withSignatures(c.agreement().signatures().stream()
                .map(s -> new org.kulisse.ecvet.Signature(s.party(), s.signatory(), s.function(), s.place(),
                        LocalDate.of(2025, 12, 1))).toList()));
        TransferResult result = decide(c);
        assertThat(result.warnings()).extracting(r -> r.code()).containsExactly(DE_ABROAD_OVER_QUARTER,
                DE_PLAN_REQUIRED);
        assertThat(result.decision("U3").orElseThrow().status()).isEqualTo(DecisionStatus.FULL);
        // the Italian learner of the worked mobility is not under German rules
        assertThat(decide(MOBILITY).warnings()).isEmpty();
    }

    @Test
    void preconditionsP1P3P4() {
        TransferCase unsigned = MOBILITY.withAgreement(MOBILITY.agreement().withSignatures(
                MOBILITY.agreement().signatures().subList(0, 2)));
        assertThat(decide(unsigned).decisions()).allMatch(d -> d.hasReason(LA_NOT_SIGNED));
        TransferCase late = MOBILITY.withAgreement(MOBILITY.agreement().withSignatures(MOBILITY.agreement()
                .signatures().stream().map(s -> new org.kulisse.ecvet.Signature(s.party(), s.signatory(), s.function(),
                        s.place(), LocalDate.of(2026, 4, 20))).toList()));
        assertThat(decide(late).decisions()).allMatch(d -> d.hasReason(LA_SIGNED_LATE));
        PersonalTranscript t = MOBILITY.transcript();
        TransferCase otherIssuer = MOBILITY.withTranscript(new PersonalTranscript(t.id(), "LA-OTHER", "SOMEONE",
                t.learner(), t.issued(), t.results(), t.unitCredits(), t.deviations(), t.extensions()));
        assertThat(decide(otherIssuer).decisions()).allMatch(d -> d.status() == DecisionStatus.REJECTED
                && d.hasReason(TRANSCRIPT_ISSUER_MISMATCH) && d.hasReason(TRANSCRIPT_AGREEMENT_MISMATCH));
        TransferCase otherMou = MOBILITY.withAgreement(new org.kulisse.ecvet.LearningAgreement(
                MOBILITY.agreement().id(), "MOU-UNKNOWN", MOBILITY.agreement().learner(), MOBILITY.agreement().home(),
                MOBILITY.agreement().host(), MOBILITY.agreement().period(), MOBILITY.agreement().homeQualification(),
                null, MOBILITY.agreement().targets(), List.of(), null, null, null, null,
                MOBILITY.agreement().signatures(), null));
        assertThat(decide(otherMou).decisions()).allMatch(d -> d.hasReason(MOU_MISSING));
    }

    @Test
    void notAssessedAndUnmappedOutcomesAreGapsWithTheirReason() {
        TransferCase c = withResult(MOBILITY, P + "U3-K3.1", AssessmentResult.NOT_ASSESSED);
        RecognitionDecision u3 = decide(c).decision("U3").orElseThrow();
        assertThat(u3.status()).isEqualTo(DecisionStatus.PARTIAL);
        assertThat(u3.reasons()).anyMatch(r -> r.code().equals(LO_NOT_ASSESSED) && r.outcome().equals(P + "U3-K3.1"));
        TransferCase unmapped = MOBILITY.withMou(MOBILITY.mou().withUnitCorrespondences(List.of()));
        RecognitionDecision none = decide(unmapped).decision("U3").orElseThrow();
        assertThat(none.status()).isEqualTo(DecisionStatus.NOT_RECOGNISED);
        assertThat(none.reasons()).filteredOn(r -> r.code().equals(LO_NOT_MAPPED)).hasSize(9);
    }
}
