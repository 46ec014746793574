package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.testing.SharedData;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.rdf.EscoRdf;
import org.kulisse.examples.Backstage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** kulisse convert --to RDF, rdf import|shacl|esco|load and query: good, invalid and unreadable input. */
class RdfCommandTest {
    private static final String BACKSTAGE = "https://kulisse.org/frameworks/backstage";

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Path backstageJson() {
        Path file = dir.resolve("framework.json");
        KulisseJson.create().write(Backstage.framework(), file);
        return file;
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void convertToEachRdfFormatAndImportBack() throws Exception {
        Path json = backstageJson();
        for (String format : new String[] {"ttl", "nt", "jsonld", "rdfxml"}) {
            Path rdf = dir.resolve("framework." + (format.equals("rdfxml") ? "rdf" : format));
            assertThat(cli.run("convert", json.toString(), "--to", format, "-o", rdf.toString())).as(format)
                    .isZero();
            assertThat(cli.run("rdf", "import", rdf.toString())).as(cli.err).isZero();
            assertThat(cli.out).isEqualTo(Files.readString(json));
            assertThat(cli.run("validate", rdf.toString())).as(cli.err).isZero();
        }
        assertThat(cli.run("convert", json.toString(), "--to", "n3")).isEqualTo(2);
        assertThat(cli.err).contains("available: json");
    }

    @Test
    void shaclPassesTheBackstageGraphAndNamesEveryFinding() throws Exception {
        Path json = backstageJson();
        assertThat(cli.run("rdf", "shacl", json.toString())).isZero();
        assertThat(cli.err).contains("conforms");
        Path ttl = dir.resolve("framework.ttl");
        cli.run("convert", json.toString(), "--to", "ttl", "-o", ttl.toString());
        String broken = Files.readString(ttl).replaceAll("elm:EQFLevel\\s+<http://data.europa.eu/snb/eqf/3>",
                "elm:EQFLevel <http://data.europa.eu/snb/eqf/9>");
        assertThat(broken).isNotEqualTo(Files.readString(ttl));
        Path bad = dir.resolve("broken.ttl");
        Files.writeString(bad, broken);
        assertThat(cli.run("rdf", "shacl", bad.toString())).isEqualTo(1);
        assertThat(cli.out).contains(bad + ": Violation at <" + BACKSTAGE + "/qualification/EU-BACKSTAGE-JBT> "
                + "elm:EQFLevel: the EQF level is one of the eight");
        Files.writeString(bad, "@prefix x: <http://x/> .\nx:a x:b");
        assertThat(cli.run("rdf", "shacl", bad.toString())).isEqualTo(2);
        assertThat(cli.err).contains("broken.ttl:2:");
        assertThat(cli.run("rdf", "shacl", dir.resolve("none.ttl").toString())).isEqualTo(2);
    }

    @Test
    void escoAsNTriplesReadsBackWithTheSameCounts() {
        Path subset = SharedData.require("esco/theatre-subset-v1.1.1");
        Path nt = dir.resolve("esco.nt");
        assertThat(cli.run("rdf", "esco", "--esco", subset.toString(), "-o", nt.toString())).as(cli.err).isZero();
        EscoTaxonomy csv = EscoLoader.create().folder(subset).load();
        assertThat(EscoRdf.read(nt).stats()).isEqualTo(csv.stats());
        // the dump is accepted wherever --esco is
        assertThat(cli.run("esco", "stats", "--esco", nt.toString())).isZero();
        assertThat(json(cli.out).get("occupations").asLong()).isEqualTo(csv.stats().occupations());
        assertThat(cli.run("rdf", "esco", "--esco", subset.toString(), "-o", dir.resolve("esco.txt").toString()))
                .isEqualTo(2);
    }

    @Test
    void loadIntoTdb2ThenQueryWithReadyMadeQueriesAndParameters() {
        Path json = backstageJson();
        String store = dir.resolve("store").toString();
        assertThat(cli.run("rdf", "load", "--store", store, json.toString(), "--esco",
                SharedData.require("esco/theatre-subset-v1.1.1").toString())).as(cli.err).isZero();
        JsonNode loaded = json(cli.out);
        assertThat(loaded.get(0).get("graph").asString()).isEqualTo(BACKSTAGE);
        assertThat(loaded.get(1).get("graph").asString()).isEqualTo("urn:kulisse:esco:v1.1.1");

        assertThat(cli.run("query", "--store", store, "gap", "--param", "framework=" + BACKSTAGE,
                "--param", "occupation=http://data.europa.eu/esco/occupation/acb6b99a-6c13-482a-81b1-8b5614e0153e",
                "--param", "units=U3 U7")).as(cli.err).isZero();
        JsonNode bindings = json(cli.out).get("results").get("bindings");
        assertThat(bindings.size()).isGreaterThan(40);
        assertThat(cli.run("query", "--store", store, "--format", "csv", "frameworks-by-eqf", "--param",
                "eqf=<http://data.europa.eu/snb/eqf/3>")).isZero();
        assertThat(cli.out.lines()).hasSize(2).first().asString().startsWith("eqf,framework");
        assertThat(cli.run("query", "--store", store, "ASK { GRAPH ?g { ?s ?p \"U3\" } }")).isZero();
        assertThat(json(cli.out).get("boolean").asBoolean()).isTrue();
        assertThat(cli.run("query", "--store", store, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } "
                + "LIMIT 3")).isZero();
        assertThat(cli.out).contains("<");

        // bad input: a malformed query (2, with its position), an unknown ready-made query, no store at all
        assertThat(cli.run("query", "--store", store, "SELECT ?s WHERE { ?s ?p }")).isEqualTo(2);
        assertThat(cli.err).contains("SPARQL").contains(":1:");
        assertThat(cli.run("query", "--store", store, "no-such-query")).isEqualTo(2);
        assertThat(cli.run("query", "SELECT * {}")).isEqualTo(2);
        assertThat(cli.run("query", "--store", store, "--param", "nonsense", "gap")).isEqualTo(2);
    }

    @Test
    void queryLoadsDataIntoMemoryForOneQuery() throws Exception {
        Path json = backstageJson();
        Path queryFile = dir.resolve("units.rq");
        Files.writeString(queryFile, "PREFIX kulisse: <https://kulisse.org/vocab#>\n"
                + "SELECT (COUNT(?u) AS ?units) WHERE { GRAPH ?g { ?u a kulisse:Unit } }\n");
        assertThat(cli.run("query", "--data", json.toString(), "--format", "tsv", "@" + queryFile)).isZero();
        assertThat(cli.out).contains("7");
        assertThat(cli.run("query", "--data", dir.resolve("missing.json").toString(), "@" + queryFile)).isEqualTo(2);
        assertThat(cli.run("rdf", "load", "--store", dir.resolve("s").toString())).isEqualTo(2);
    }
}
