package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** kulisse bench lists the bundled benchmarks and answers bad options with exit 2 (it never runs one here). */
class BenchCommandTest {
    private final Cli cli = new Cli();

    @Test
    void listsTheBenchmarksAndRefusesBadOptions() {
        PrintStream original = System.out;
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(listed, true, StandardCharsets.UTF_8));
        try {
            assertThat(cli.run("bench", "-l")).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(listed.toString(StandardCharsets.UTF_8)).contains("RdfBenchmark.gapInTdb2",
                "FrameworkJsonBenchmark", "EscoBenchmark", "CreditTransferBenchmark", "EuropassBenchmark");
        assertThat(cli.run("bench", "-i", "many")).isEqualTo(2);
        assertThat(cli.err).contains("JMH");
        assertThat(cli.run("bench", "NoSuchBenchmarkAnywhere", "-f", "0")).isEqualTo(2);
        assertThat(cli.err).contains("no benchmark matches");
    }
}
