package org.kulisse.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kulisse.core.json.KulisseDocument;
import org.kulisse.core.json.KulisseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kulisse convert FILE --to FORMAT [-o OUT]}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a Kulisse document to another format.",
                "Formats now: json (canonical Kulisse JSON v1: sorted as Kulisse writes it, unknown fields kept)."},
        footer = {"", "Example:", "  kulisse convert framework.json --to json -o canonical.json"})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The input document.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Target format: json.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "unknown format \"" + format + "\"; available: json");
        }
        KulisseJson json = KulisseJson.create();
        KulisseDocument document = json.read(file);
        String text = document instanceof KulisseDocument.Framework f ? json.writeString(f.framework())
                : json.writeString(((KulisseDocument.LearnerDoc) document).learner());
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("wrote " + output);
        }
        return KulisseCommand.OK;
    }
}
