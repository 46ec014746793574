package org.kulisse.examples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.kulisse.core.ImportException;
import org.kulisse.esco.store.FrameworkStore;
import org.kulisse.esco.store.QueryParams;
import org.kulisse.esco.store.QueryRows;
import org.kulisse.esco.store.ReadyQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kulisse query}: SPARQL over a store, or over files loaded into memory for the one query. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query on a store (a TDB2 folder or a server's dataset URL), or on files "
                + "loaded into memory with --data.",
                "QUERY is the query text, @FILE for a query file, or the name of a ready-made query: gap, "
                        + "unit-skills, units-covering-skill, frameworks-by-eqf, crosswalk.",
                "Values go in with --param NAME=VALUE (<IRI>, \"text\", or a bare value: an IRI when it starts "
                        + "with http(s):// or urn:, else text); they are bound into the parsed query, never pasted "
                        + "into its text.",
                "SELECT prints JSON, CSV or TSV results; ASK a boolean; CONSTRUCT and DESCRIBE Turtle."},
        footer = {"", "Examples:",
                "  kulisse query --data framework.json frameworks-by-eqf --param eqf=http://data.europa.eu/snb/eqf/3",
                "  kulisse query --store store --format csv unit-skills --param framework=https://... "
                        + "--param unit=U3",
                "  kulisse query --store http://localhost:3030/kulisse @my-query.rq"})
final class QueryCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR|URL", description = "The store (default: memory, with --data).")
    String store;

    @Option(names = "--data", paramLabel = "FILE", description = "Files to load first (repeatable): frameworks in "
            + "any format, RDF.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--esco", paramLabel = "DIR", description = "An ESCO CSV download folder to load first.")
    List<Path> esco = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "SELECT results as json, csv or tsv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A value for a query variable "
            + "(repeatable).")
    List<String> params = new ArrayList<>();

    @Parameters(paramLabel = "QUERY", description = "SPARQL text, @FILE, or a ready-made query's name.")
    String query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (store == null && data.isEmpty() && esco.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name a --store, or --data files to query");
        }
        QueryRows.Format rowsFormat;
        try {
            rowsFormat = QueryRows.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown format \"" + format + "\"; json, csv or tsv");
        }
        String text = text();
        QueryParams values = values();
        Query parsed;
        try {
            parsed = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new ImportException("SPARQL: " + e.getMessage().lines().findFirst().orElse(""), query.startsWith("@") ? query.substring(1)
                    : "query", e.getLine(), e.getColumn(), null, e);
        }
        try (FrameworkStore target = store == null ? FrameworkStore.inMemory() : FrameworkStore.open(store)) {
            StoreFiles loader = new StoreFiles(target, spec.commandLine().getErr());
            data.forEach(file -> loader.load(file, null));
            if (!esco.isEmpty()) {
                loader.loadEsco(EscoCommand.load(esco, spec));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (parsed.isSelectType()) {
                target.select(text, values).write(out, rowsFormat);
            } else if (parsed.isAskType()) {
                boolean answer = target.ask(text, values);
                if (rowsFormat == QueryRows.Format.JSON) {
                    ResultSetFormatter.outputAsJSON(out, answer);
                } else {
                    out.writeBytes((answer + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } else {
                RDFDataMgr.write(out, target.construct(text, values), RDFFormat.TURTLE_PRETTY);
            }
            spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return KulisseCommand.OK;
    }

    private String text() {
        if (query.startsWith("@")) {
            return new String(Violations.read(Path.of(query.substring(1))), StandardCharsets.UTF_8);
        }
        if (query.matches("[a-z-]+")) {
            try {
                return ReadyQuery.of(query).text();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return query;
    }

    private QueryParams values() {
        QueryParams values = QueryParams.create();
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--param takes NAME=VALUE, not " + param);
            }
            String name = param.substring(0, eq);
            String value = param.substring(eq + 1);
            try {
                if (value.startsWith("<") && value.endsWith(">")) {
                    values.iri(name, value.substring(1, value.length() - 1));
                } else if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    values.text(name, value.substring(1, value.length() - 1));
                } else if (value.toLowerCase(Locale.ROOT).matches("(https?://|urn:).+")) {
                    values.iri(name, value);
                } else {
                    values.text(name, value);
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return values;
    }
}
