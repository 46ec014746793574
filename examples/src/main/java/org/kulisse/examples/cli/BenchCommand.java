package org.kulisse.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kulisse.core.KulisseException;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Unmatched;

/** {@code kulisse bench [NAME…] [JMH options]}: runs the JMH benchmarks bundled in the jar. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the JMH benchmarks shipped in this jar.",
                "NAME is a regular expression over benchmark names; other arguments go to JMH as they are "
                        + "(-h for JMH's own help). docs/benchmarks.md gives the command behind each figure."},
        footer = {"", "Examples:", "  kulisse bench FrameworkJson", "  kulisse bench FrameworkJson -f 1 -wi 2 -i 3",
                "  kulisse bench RdfBenchmark -p esco=esco-v1.1.1-en", "  kulisse bench -l     (list the benchmarks)"})
final class BenchCommand implements Callable<Integer> {

    /** Everything after {@code bench}, in order: JMH reads names and options itself. */
    @Unmatched
    List<String> jmhArguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // JMH's own Main calls System.exit on a bad option; its API lets the command line answer with its exit codes
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(jmhArguments.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new ParameterException(spec.commandLine(), "JMH: " + e.getMessage());
        }
        Runner runner = new Runner(options);
        if (options.shouldHelp()) {
            options.showHelp();
        } else if (options.shouldList()) {
            runner.list();
        } else if (options.shouldListWithParams()) {
            runner.listWithParams(options);
        } else {
            try {
                runner.run();
            } catch (NoBenchmarksException e) {
                throw new ParameterException(spec.commandLine(), "no benchmark matches " + jmhArguments
                        + " (kulisse bench -l lists them)");
            } catch (RunnerException e) {
                throw new KulisseException("the benchmark failed: " + e.getMessage(), e);
            }
        }
        return KulisseCommand.OK;
    }
}
