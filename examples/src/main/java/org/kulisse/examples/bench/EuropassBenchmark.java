package org.kulisse.examples.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.kulisse.ecvet.CreditTransfer;
import org.kulisse.ecvet.TransferPolicy;
import org.kulisse.europass.EuropassCredential;
import org.kulisse.europass.EuropassCv;
import org.kulisse.europass.EuropassSchema;
import org.kulisse.europass.LearnerAchievement;
import org.kulisse.europass.SchemaReport;
import org.kulisse.examples.Backstage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Europass output for the demo learner (the Backstage mobility: U3 whole, three outcomes of U7): one CV written,
 * one CV written and validated against the official schema (compiled once), one credential written. The score is
 * microseconds per document. Needs the schema folder for the validating benchmark:
 * {@code java -jar examples/target/kulisse.jar bench Europass -p schema=PATH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class EuropassBenchmark {

    /** The folder of the Europass XML Schema v3.4.1 with its catalog. */
    @Param("../shared/data/europass/schema-v3.4.1")
    public String schema;

    private LearnerAchievement achievement;
    private EuropassSchema europassSchema;
    private final EuropassCv cv = EuropassCv.create().locale("de");
    private final EuropassCredential credential = EuropassCredential.create();

    @Setup
    public void setUp() {
        achievement = Backstage.achievement(CreditTransfer.with(TransferPolicy.DEFAULT)
                .decide(Backstage.mobility(), LocalDate.of(2026, 6, 15)));
        europassSchema = EuropassSchema.load(Path.of(schema));
    }

    @Benchmark
    public byte[] cvWrite() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        cv.write(achievement, out);
        return out.toByteArray();
    }

    @Benchmark
    public SchemaReport cvWriteAndValidate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        cv.write(achievement, out);
        return europassSchema.validate(out.toByteArray(), "cv.xml");
    }

    @Benchmark
    public String credentialWrite() {
        return credential.writeString(achievement);
    }
}
