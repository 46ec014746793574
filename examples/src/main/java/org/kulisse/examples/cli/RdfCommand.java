package org.kulisse.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.esco.rdf.FrameworkRdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kulisse rdf ...}: frameworks and ESCO as linked data. */
@Command(name = "rdf", mixinStandardHelpOptions = true,
        description = "Frameworks and ESCO as RDF: import, SHACL validation, ESCO export, stores.",
        subcommands = {RdfCommand.Import.class})
final class RdfCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand, e.g. import");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read a framework from RDF (Turtle, N-Triples, JSON-LD, RDF/XML by extension) as Kulisse "
                    + "JSON.",
            footer = {"", "Example:", "  kulisse rdf import framework.ttl --to json -o framework.json"})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "An RDF file (.ttl, .nt, .jsonld, .rdf).")
        Path file;

        @Option(names = "--to", defaultValue = "json", paramLabel = "FORMAT", description = "Only json.")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: stdout).")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!format.equals("json")) {
                throw new ParameterException(spec.commandLine(), "rdf import writes json only");
            }
            CompetenceFramework framework = FrameworkRdf.read(file);
            String text = KulisseJson.create().writeString(framework);
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
}
