package org.kulisse.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.kulisse.core.interop.CaseJson;
import org.kulisse.core.interop.FrameworkFormats;
import org.kulisse.core.interop.MoodleCsv;
import org.kulisse.core.json.KulisseDocument;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.esco.rdf.FrameworkRdf;
import org.kulisse.esco.rdf.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kulisse convert FILE --to FORMAT [-o OUT]}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a framework or document to another format.",
                "The input may be any Kulisse JSON document, a CASE 1.1 package or a Moodle framework CSV.",
                "Formats: json (canonical Kulisse JSON v1), moodle-csv (Moodle competency framework import),",
                "case-json (1EdTech CASE 1.1 package), sssom (the framework's ESCO mappings as SSSOM TSV),",
                "ttl, nt, jsonld, rdfxml (the framework as RDF: ELM, SKOS, SSSOM; see docs/rdf.md).",
                "RDF input (.ttl, .nt, .jsonld, .rdf) is read too."},
        footer = {"", "Examples:", "  kulisse convert framework.json --to json -o canonical.json",
                "  kulisse convert framework.json --to moodle-csv -o framework.csv",
                "  kulisse convert framework.csv --to case-json -o framework-case.json",
                "  kulisse convert framework.json --to ttl -o framework.ttl"})
final class ConvertCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("json", "moodle-csv", "case-json", "sssom", "ttl", "nt",
            "jsonld", "rdfxml");

    @Parameters(paramLabel = "FILE", description = "The input document.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Target format: json, moodle-csv, case-json, sssom, ttl, nt, jsonld, rdfxml.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "Language of Moodle short names (default: ${DEFAULT-VALUE}).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), "unknown format \"" + format
                    + "\"; available: " + String.join(", ", FORMATS));
        }
        KulisseJson json = KulisseJson.create();
        String input = new String(Violations.read(file), StandardCharsets.UTF_8);
        String text;
        if (format.equals("json") && !FrameworkFiles.isRdf(file)
                && FrameworkFormats.detect(input) == FrameworkFormats.Format.KULISSE_JSON) {
            KulisseDocument document = json.read(file);
            text = document instanceof KulisseDocument.Framework f ? json.writeString(f.framework())
                    : json.writeString(((KulisseDocument.LearnerDoc) document).learner());
        } else {
            CompetenceFramework framework = FrameworkFiles.read(file, spec.commandLine().getErr());
            text = switch (format) {
                case "moodle-csv" -> MoodleCsv.write(framework, language);
                case "case-json" -> CaseJson.write(framework);
                case "sssom" -> org.kulisse.esco.Sssom.write(framework);
                case "ttl", "nt", "jsonld", "rdfxml" -> FrameworkRdf.writeString(framework, RdfFormat.of(format));
                default -> json.writeString(framework);
            };
        }
        Output.emit(spec, output, text);
        return KulisseCommand.OK;
    }
}
