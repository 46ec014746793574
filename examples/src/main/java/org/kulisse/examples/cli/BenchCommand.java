package org.kulisse.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code kulisse bench [NAME…] [JMH options]}: runs the JMH benchmarks bundled in the jar. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the JMH benchmarks shipped in this jar.",
                "NAME is a regular expression over benchmark names; other arguments go to JMH as they are."},
        footer = {"", "Examples:", "  kulisse bench FrameworkJson", "  kulisse bench FrameworkJson -f 1 -wi 2 -i 3",
                "  kulisse bench -l     (list the benchmarks)"})
final class BenchCommand implements Callable<Integer> {

    /** Everything after {@code bench}, in order: JMH reads names and options itself. */
    @Unmatched
    List<String> jmhArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(jmhArguments.toArray(String[]::new));
        return KulisseCommand.OK;
    }
}
