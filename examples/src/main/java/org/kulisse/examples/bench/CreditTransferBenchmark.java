package org.kulisse.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.PersonName;
import org.kulisse.core.model.Unit;
import org.kulisse.ecvet.AssessmentResult;
import org.kulisse.ecvet.CreditTransfer;
import org.kulisse.ecvet.LearnerRef;
import org.kulisse.ecvet.LearningAgreement;
import org.kulisse.ecvet.MemorandumOfUnderstanding;
import org.kulisse.ecvet.OutcomeResult;
import org.kulisse.ecvet.PersonalTranscript;
import org.kulisse.ecvet.Signature;
import org.kulisse.ecvet.Target;
import org.kulisse.ecvet.TransferCase;
import org.kulisse.ecvet.TransferPolicy;
import org.kulisse.ecvet.TransferResult;
import org.kulisse.examples.Backstage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * ECVET decisions for 100,000 learners × 3 targets (U3 whole, U6 whole, three outcomes of U7) on the Backstage
 * framework, with seeded random transcripts (about 85 % passed lines). One thread; the score is unit decisions per
 * second. Run: {@code java -jar examples/target/kulisse.jar bench CreditTransfer}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class CreditTransferBenchmark {
    private static final int LEARNERS = 100_000;
    private static final int TARGETS = 3;
    private static final LocalDate RECOGNITION = LocalDate.of(2026, 6, 15);

    private final CreditTransfer engine = CreditTransfer.with(TransferPolicy.DEFAULT);
    private List<TransferCase> cases;

    @Setup
    public void setUp() {
        CompetenceFramework framework = Backstage.framework();
        MemorandumOfUnderstanding mou = Backstage.mou();
        LearningAgreement template = Backstage.agreement();
        PersonalTranscript transcript = Backstage.transcript();
        String p = "EU-BACKSTAGE-";
        List<Target> targets = List.of(Target.wholeUnit(p + "U3"), Target.wholeUnit(p + "U6"),
                Target.outcomes(p + "U7", p + "U7-K7.3", p + "U7-S7.2", p + "U7-S7.3"));
        List<String> assessed = new ArrayList<>();
        for (String unit : List.of("U3", "U6", "U7")) {
            for (LearningOutcome o : framework.unit(p + unit).map(Unit::learningOutcomes).orElseThrow()) {
                assessed.add(o.id());
            }
        }
        Random random = new Random(42);
        cases = new ArrayList<>(LEARNERS);
        for (int i = 0; i < LEARNERS; i++) {
            String learner = "L" + i;
            String id = "LA-" + i;
            LearningAgreement la = new LearningAgreement(id, mou.id(), new LearnerRef(learner,
                    new PersonName("Learner", Integer.toString(i))), template.home(), template.host(),
                    template.period(), template.homeQualification(), template.hostQualification(), targets, List.of(),
                    null, null, null, null, List.of(new Signature(template.home(), "h", null, null,
                    LocalDate.of(2026, 3, 20)), new Signature(template.host(), "g", null, null, LocalDate.of(2026, 3,
                    20)), new Signature(learner, "l", null, null, LocalDate.of(2026, 3, 20))), null);
            List<OutcomeResult> results = new ArrayList<>(assessed.size());
            for (String outcome : assessed) {
                int roll = random.nextInt(100);
                AssessmentResult result = roll < 85 ? AssessmentResult.PASSED
                        : roll < 95 ? AssessmentResult.FAILED : AssessmentResult.NOT_ASSESSED;
                results.add(OutcomeResult.of(outcome, result, LocalDate.of(2026, 6, 3)));
            }
            PersonalTranscript t = new PersonalTranscript("TR-" + i, id, transcript.issuer(), learner,
                    transcript.issued(), results, List.of(), List.of(), null);
            cases.add(new TransferCase(framework, mou, la, t, null));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LEARNERS * TARGETS)
    public void decideAll(Blackhole blackhole) {
        for (TransferCase c : cases) {
            TransferResult result = engine.decide(c, RECOGNITION);
            blackhole.consume(result);
        }
    }
}
