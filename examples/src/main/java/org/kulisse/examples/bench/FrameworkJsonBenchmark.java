package org.kulisse.examples.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.validation.ModelValidator;
import org.kulisse.core.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kulisse JSON on a synthetic framework of 1,000 units × 10 outcomes × 5 languages (about 7.5 MB of JSON): read,
 * validate, read + validate, write. Run: {@code java -jar examples/target/kulisse.jar bench FrameworkJson}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class FrameworkJsonBenchmark {
    private final KulisseJson json = KulisseJson.create();
    private CompetenceFramework framework;
    private String document;

    @Setup
    public void setUp() {
        framework = SyntheticFrameworks.create(1000, 10, 5);
        document = json.writeString(framework);
        if (!ModelValidator.standard().validate(framework).isValid()) {
            throw new IllegalStateException("the synthetic framework must be valid");
        }
        System.out.println("document size: " + document.getBytes(StandardCharsets.UTF_8).length + " bytes");
    }

    @Benchmark
    public CompetenceFramework read() {
        return json.readFramework(document);
    }

    @Benchmark
    public ValidationReport validate() {
        return ModelValidator.standard().validate(framework);
    }

    @Benchmark
    public ValidationReport readAndValidate() {
        return ModelValidator.standard().validate(json.readFramework(document));
    }

    @Benchmark
    public String write() {
        return json.writeString(framework);
    }
}
