package org.kulisse.ecvet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;

/** Properties of the decision procedure and of point allocation over generated frameworks and transcripts. */
class TransferPropertyTest {

    /** A generated case: a framework of 1–4 units with 1–6 weighted outcomes each, targets and results. */
    record Generated(TransferCase transferCase, long seed) {
    }

    @Provide
    Arbitrary<Generated> cases() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.longs())
                .as((units, seed) -> new Generated(build(units, new Random(seed)), seed));
    }

    private static TransferCase build(int unitCount, Random random) {
        List<Unit> units = new ArrayList<>();
        List<QualificationUnit> parts = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<OutcomeResult> results = new ArrayList<>();
        int total = 0;
        for (int u = 0; u < unitCount; u++) {
            List<LearningOutcome> outcomes = new ArrayList<>();
            List<String> targeted = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int o = 0; o < count; o++) {
                String id = "U" + u + "-O" + o;
                outcomes.add(LearningOutcome.of(OutcomeType.values()[o % 3], id, null, LocalizedText.of("en", id),
                        random.nextBoolean() ? null : BigDecimal.valueOf(1 + random.nextInt(3)), List.of(), null));
                if (random.nextInt(4) > 0) {
                    targeted.add(id);
                }
                int roll = random.nextInt(10);
                if (roll < 7) {
                    results.add(OutcomeResult.of(id, AssessmentResult.PASSED, Cases.END.minusDays(3)));
                } else if (roll < 9) {
                    results.add(OutcomeResult.of(id, AssessmentResult.FAILED, Cases.END.minusDays(3)));
                }
            }
            units.add(Unit.of("U" + u, "U" + u, LocalizedText.of("en", "Unit " + u), outcomes));
            int points = 1 + random.nextInt(15);
            total += points;
            parts.add(QualificationUnit.mandatory("U" + u, CreditPoints.ecvet(points)));
            targets.add(random.nextBoolean() ? Target.wholeUnit("U" + u)
                    : new Target("U" + u, targeted.isEmpty() ? List.of("U" + u + "-O0") : targeted, null, List.of(),
                            CreditPoints.ecvet(random.nextInt(20))));
        }
        Qualification q = new Qualification("Q", LocalizedText.of("en", "Q"), null, EqfLevel.of(3), null,
                List.of(CreditPoints.ecvet(total)), parts, List.of(), null);
        CompetenceFramework framework = CompetenceFramework.builder("urn:gen").title(LocalizedText.of("en", "G"))
                .languages("en").qualification(q).units(units).build();
        return new TransferCase(framework, Cases.mou(framework), Cases.agreement(framework, targets),
                Cases.transcript(results), null);
    }

    private static TransferResult decide(TransferCase c, PartialPointsPolicy policy) {
        return CreditTransfer.with(TransferPolicy.DEFAULT.withPartialPoints(policy)).decide(c,
                LocalDate.of(2026, 7, 1));
    }

    @Property(tries = 200)
    void awardedPointsNeverExceedTheUnitsHomePoints(@ForAll("cases") Generated generated) {
        TransferCase c = generated.transferCase();
        Qualification q = c.homeFramework().qualifications().get(0);
        for (PartialPointsPolicy policy : PartialPointsPolicy.values()) {
            for (RecognitionDecision d : decide(c, policy).decisions()) {
                BigDecimal home = q.unit(d.unit()).orElseThrow().pointsIn(CreditPoints.ECVET).orElseThrow().value();
                assertThat(d.awardedPoints().value()).isLessThanOrEqualTo(home).isGreaterThanOrEqualTo(
                        BigDecimal.ZERO);
            }
        }
    }

    @Property(tries = 200)
    void fullExactlyWhenEveryOutcomeIsCovered(@ForAll("cases") Generated generated) {
        TransferCase c = generated.transferCase();
        for (RecognitionDecision d : decide(c, PartialPointsPolicy.NONE).decisions()) {
            Unit unit = c.homeFramework().unit(d.unit()).orElseThrow();
            List<String> all = unit.learningOutcomes().stream().map(LearningOutcome::id).toList();
            boolean everyCovered = d.coveredOutcomes().equals(all);
            assertThat(d.status() == DecisionStatus.FULL).isEqualTo(everyCovered);
            assertThat(d.coverage().compareTo(BigDecimal.ONE) == 0).isEqualTo(everyCovered);
            List<String> union = new ArrayList<>(d.coveredOutcomes());
            union.addAll(d.gapOutcomes());
            assertThat(union).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Property(tries = 200)
    void decisionsDoNotDependOnTheOrderOfTranscriptLines(@ForAll("cases") Generated generated) {
        TransferCase c = generated.transferCase();
        List<OutcomeResult> shuffled = new ArrayList<>(c.transcript().results());
        Collections.shuffle(shuffled, new Random(generated.seed() ^ 0x5DEECE66DL));
        TransferCase reordered = c.withTranscript(c.transcript().withResults(shuffled));
        for (PartialPointsPolicy policy : PartialPointsPolicy.values()) {
            assertThat(decide(reordered, policy)).isEqualTo(decide(c, policy));
        }
    }

    @Property(tries = 500)
    void allocationSumsExactlyAndStaysWithinOneOfTheQuota(@ForAll @IntRange(min = 0, max = 240) int total,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 9) Integer> weights) {
        List<BigDecimal> w = weights.stream().map(BigDecimal::valueOf).toList();
        List<Integer> shares = PointsAllocation.allocate(total, w);
        assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < shares.size(); i++) {
            double quota = (double) total * weights.get(i) / sum;
            assertThat((double) shares.get(i)).isBetween(Math.floor(quota), Math.ceil(quota));
        }
    }
}
