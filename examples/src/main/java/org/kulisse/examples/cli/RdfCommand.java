package org.kulisse.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.kulisse.core.ImportException;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.rdf.EscoRdf;
import org.kulisse.esco.rdf.FrameworkRdf;
import org.kulisse.esco.rdf.FrameworkShapes;
import org.kulisse.esco.rdf.RdfFormat;
import org.kulisse.esco.rdf.ShaclReport;
import org.kulisse.esco.store.FrameworkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;

/** {@code kulisse rdf ...}: frameworks and ESCO as linked data. */
@Command(name = "rdf", mixinStandardHelpOptions = true,
        description = "Frameworks and ESCO as RDF: import, SHACL validation, ESCO export, stores.",
        subcommands = {RdfCommand.Import.class, RdfCommand.Shacl.class, RdfCommand.Esco.class,
                RdfCommand.Load.class},
        footer = {"", "Examples:", "  kulisse rdf shacl framework.ttl",
                "  kulisse rdf esco --esco esco-v1.1.1-en -o esco.nt",
                "  kulisse rdf load --store store framework.json --esco esco-v1.1.1-en"})
final class RdfCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: import, shacl, esco, load");
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
            Output.emit(spec, output, KulisseJson.create().writeString(framework));
            return KulisseCommand.OK;
        }
    }
    @Command(name = "shacl", mixinStandardHelpOptions = true,
            description = {"Validate a framework graph against Kulisse's SHACL shapes (shipped in the jar).",
                    "RDF files are checked as they are; JSON, CASE and Moodle files as Kulisse writes them in RDF.",
                    "One line per finding on stdout; exit 1 when the graph does not conform."},
            footer = {"", "Example:", "  kulisse rdf shacl framework.ttl"})
    static final class Shacl implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A framework: RDF (.ttl, .nt, .jsonld, .rdf) or any format "
                + "kulisse reads.")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Model model;
            if (FrameworkFiles.isRdf(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    model = FrameworkRdf.parse(in, RdfFormat.ofFile(file.getFileName().toString()), file.toString());
                } catch (IOException e) {
                    throw new ImportException("cannot read: " + e.getMessage(), file.toString(), 0, 0, null, e);
                }
            } else {
                model = FrameworkRdf.toModel(FrameworkFiles.read(file, spec.commandLine().getErr()));
            }
            ShaclReport report = FrameworkShapes.validate(model);
            PrintWriter out = spec.commandLine().getOut();
            report.findings().forEach(f -> out.println(file + ": " + f));
            out.flush();
            spec.commandLine().getErr().println(file + ": " + (report.conforms() ? "conforms" : "does not conform ("
                    + report.findings().size() + " findings)"));
            return report.conforms() ? KulisseCommand.OK : KulisseCommand.INVALID;
        }
    }

    @Command(name = "esco", mixinStandardHelpOptions = true,
            description = {"Write a loaded ESCO taxonomy as RDF in ESCO's own model (esco:Occupation, esco:Skill,",
                    "SKOS labels and hierarchy, esco:relatedEssentialSkill/relatedOptionalSkill).",
                    "N-Triples and Turtle are streamed; the format follows the output file's extension."},
            footer = {"", "Example:", "  kulisse rdf esco --esco esco-v1.1.1-en -o esco.nt"})
    static final class Esco implements Callable<Integer> {
        @Option(names = "--esco", required = true, paramLabel = "DIR",
                description = "A folder of the ESCO CSV download (repeat to merge languages).")
        List<Path> folders = new ArrayList<>();

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
                description = "The RDF file to write (.nt, .ttl, .jsonld, .rdf).")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RdfFormat format;
            try {
                format = RdfFormat.ofFile(output.getFileName().toString());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            EscoTaxonomy esco = EscoCommand.load(folders, spec);
            EscoRdf.write(esco, format, output);
            spec.commandLine().getErr().println("wrote " + output + " (ESCO " + esco.version() + ", "
                    + esco.stats().occupations() + " occupations, " + esco.stats().skills() + " skills)");
            return KulisseCommand.OK;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Load frameworks, ESCO and other RDF into a store, each in its own named graph:",
                    "a framework (any format kulisse reads, or its RDF) in the graph of its IRI, an ESCO download",
                    "in urn:kulisse:esco:VERSION, any other RDF file in --graph (or urn:kulisse:file:NAME).",
                    "A graph that exists is replaced. Prints what went where as JSON."},
            footer = {"", "Examples:", "  kulisse rdf load --store store framework.json",
                    "  kulisse rdf load --store http://localhost:3030/kulisse --esco esco-v1.1.1-en"})
    static final class Load implements Callable<Integer> {
        @Option(names = "--store", required = true, paramLabel = "DIR|URL",
                description = "A TDB2 folder (created if needed) or a SPARQL server's dataset URL.")
        String store;

        @Option(names = "--esco", paramLabel = "DIR", description = "An ESCO CSV download folder to load too.")
        List<Path> esco = new ArrayList<>();

        @Option(names = "--graph", paramLabel = "IRI", description = "The graph for RDF files that hold no "
                + "framework.")
        String graph;

        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to load.")
        List<Path> files = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (files.isEmpty() && esco.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "name files to load, or --esco DIR");
            }
            ArrayNode loaded = Json.array();
            try (FrameworkStore target = FrameworkStore.open(store)) {
                StoreFiles loader = new StoreFiles(target, spec.commandLine().getErr());
                for (Path file : files) {
                    loaded.add(loader.load(file, graph));
                }
                if (!esco.isEmpty()) {
                    loaded.add(loader.loadEsco(EscoCommand.load(esco, spec)));
                }
            }
            Json.print(spec.commandLine().getOut(), loaded);
            return KulisseCommand.OK;
        }
    }
}
