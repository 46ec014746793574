package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kulisse.core.testing.SharedData;

/**
 * Every subcommand's exit codes, side by side: 0 for good input, 1 for input that is read but fails (where the
 * command judges its input), 2 for unreadable input — with a one-line message and no stack trace.
 */
class CommandExitCodesTest {
    @TempDir
    static Path dir;

    private static String framework;
    private static String invalidFramework;
    private static String truncated;
    private static String missing;
    private static String esco;
    private static String noEsco;

    @BeforeAll
    static void files() throws IOException {
        Cli cli = new Cli();
        assertThat(cli.run("demo", "--out", dir.toString())).as(cli.err).isZero();
        framework = dir.resolve("framework.json").toString();
        String json = Files.readString(dir.resolve("framework.json"));
        // the second unit gets the first one's id: read fine, invalid as a model
        Files.writeString(dir.resolve("invalid.json"), json.replace("\"id\": \"EU-BACKSTAGE-U2\"",
                "\"id\": \"EU-BACKSTAGE-U1\""));
        assertThat(Files.readString(dir.resolve("invalid.json"))).isNotEqualTo(json);
        invalidFramework = dir.resolve("invalid.json").toString();
        Files.writeString(dir.resolve("truncated.json"), json.substring(0, json.length() / 3));
        truncated = dir.resolve("truncated.json").toString();
        missing = dir.resolve("missing.json").toString();
        // a transcript for another agreement: the documents do not fit together, the transfer refuses
        Files.writeString(dir.resolve("failed.json"), Files.readString(dir.resolve("transcript.json"))
                .replace("\"agreement\": \"LA-2026-ROSSI\"", "\"agreement\": \"LA-2026-OTHER\""));
        Files.writeString(dir.resolve("bad-cv.xml"), Files.readString(dir.resolve("cv-en.xml"))
                .replace("<DocumentType>ECV</DocumentType>", "<DocumentType>NONSENSE</DocumentType>"));
        esco = SharedData.require("esco/theatre-subset-v1.1.1").toString();
        noEsco = dir.resolve("no-esco").toString();
    }

    private static String[] transfer(String transcript) {
        return new String[] {"transfer", "--framework", framework, "--mou", dir.resolve("mou.json").toString(),
                "--agreement", dir.resolve("agreement.json").toString(), "--transcript", transcript, "--date",
                "2026-06-15"};
    }

    private static String[] europass(String kind, String frameworkFile, String out) {
        return new String[] {"europass", kind, "--learner", dir.resolve("learner.json").toString(), "--framework",
                frameworkFile, "--decisions", dir.resolve("decisions.json").toString(), "--mou",
                dir.resolve("mou.json").toString(), "--agreement", dir.resolve("agreement.json").toString(), "-o", out};
    }

    /** (command, good, read-but-failing or null, unreadable). */
    static Stream<Arguments> commands() throws IOException {
        Files.writeString(dir.resolve("learner.json"), org.kulisse.examples.Backstage.text(
                org.kulisse.examples.Backstage.LEARNER_RESOURCE));
        String schema = SharedData.require("europass/schema-v3.4.1").toString();
        String ttl = dir.resolve("framework.ttl").toString();
        Path brokenTtl = dir.resolve("broken.ttl");
        Files.writeString(brokenTtl, Files.readString(Path.of(ttl)).replaceAll(
                "elm:EQFLevel\\s+<http://data.europa.eu/snb/eqf/3>", "elm:EQFLevel <http://data.europa.eu/snb/eqf/9>"));
        List<Arguments> rows = new ArrayList<>();
        rows.add(Arguments.of("validate", a("validate", framework), a("validate", invalidFramework),
                a("validate", truncated)));
        rows.add(Arguments.of("convert", a("convert", framework, "--to", "case-json"), null,
                a("convert", truncated, "--to", "json")));
        rows.add(Arguments.of("nqf", a("nqf", "--country", "NO", "--level", "5.1"), a("nqf", "--country", "DE",
                "--level", "9"), a("nqf", "--country", "XX", "--level", "1")));
        rows.add(Arguments.of("demo", a("demo", "--out", dir.resolve("again").toString()), null,
                a("demo", "--out", dir.resolve("again2").toString(), "--esco", noEsco)));
        rows.add(Arguments.of("transfer", transfer(dir.resolve("transcript.json").toString()),
                transfer(dir.resolve("failed.json").toString()), transfer(truncated)));
        rows.add(Arguments.of("ecvet allocate", a("ecvet", "allocate", "--framework", framework, "--qualification",
                "EU-BACKSTAGE-JBT"), null, a("ecvet", "allocate", "--framework", truncated, "--qualification", "Q")));
        rows.add(Arguments.of("esco stats", a("esco", "stats", "--esco", esco), null,
                a("esco", "stats", "--esco", noEsco)));
        rows.add(Arguments.of("esco search", a("esco", "search", "--esco", esco, "stage technician"), null,
                a("esco", "search", "--esco", noEsco, "stage")));
        rows.add(Arguments.of("esco suggest", a("esco", "suggest", "--esco", esco, "--framework", framework, "--unit",
                "U3"), null, a("esco", "suggest", "--esco", esco, "--framework", truncated)));
        rows.add(Arguments.of("esco gap", a("esco", "gap", "--esco", esco, "--framework", framework, "--units",
                "U3,U7", "--occupation", "3435.25.5"), null, a("esco", "gap", "--esco", esco, "--framework",
                truncated, "--units", "U3", "--occupation", "3435.25.5")));
        rows.add(Arguments.of("esco compare", a("esco", "compare", "--esco", esco, framework, framework), null,
                a("esco", "compare", "--esco", esco, framework, truncated)));
        rows.add(Arguments.of("europass cv", europass("cv", framework, dir.resolve("cv.xml").toString()), null,
                europass("cv", truncated, dir.resolve("cv2.xml").toString())));
        rows.add(Arguments.of("europass credential", europass("credential", framework,
                dir.resolve("c.jsonld").toString()), null, europass("credential", truncated,
                dir.resolve("c2.jsonld").toString())));
        rows.add(Arguments.of("europass import", a("europass", "import", dir.resolve("cv-en.xml").toString()), null,
                a("europass", "import", framework)));
        rows.add(Arguments.of("europass validate", a("europass", "validate", dir.resolve("cv-en.xml").toString(),
                "--schema", schema), a("europass", "validate", dir.resolve("bad-cv.xml").toString(), "--schema",
                schema), a("europass", "validate", missing, "--schema", schema)));
        rows.add(Arguments.of("rdf import", a("rdf", "import", ttl), null, a("rdf", "import", truncated)));
        rows.add(Arguments.of("rdf shacl", a("rdf", "shacl", ttl), a("rdf", "shacl", brokenTtl.toString()),
                a("rdf", "shacl", missing)));
        rows.add(Arguments.of("rdf esco", a("rdf", "esco", "--esco", esco, "-o", dir.resolve("e.nt").toString()), null,
                a("rdf", "esco", "--esco", noEsco, "-o", dir.resolve("e2.nt").toString())));
        rows.add(Arguments.of("rdf load", a("rdf", "load", "--store", dir.resolve("store").toString(), framework),
                null, a("rdf", "load", "--store", dir.resolve("store2").toString(), truncated)));
        rows.add(Arguments.of("query", a("query", "--data", framework, "ASK { GRAPH ?g { ?s ?p ?o } }"), null,
                a("query", "--data", truncated, "ASK { ?s ?p ?o }")));
        return rows.stream();
    }

    private static String[] a(String... args) {
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void exitCodes(String name, String[] good, String[] failing, String[] unreadable) {
        Cli cli = new Cli();
        assertThat(cli.run(good)).as(name + " good: " + cli.err).isZero();
        if (failing != null) {
            assertThat(cli.run(failing)).as(name + " failing: " + cli.err).isEqualTo(1);
            assertThat(cli.err).doesNotContain("\tat ");
        }
        assertThat(cli.run(unreadable)).as(name + " unreadable: " + cli.err).isEqualTo(2);
        // one line that says what is wrong (usage errors add the command's usage after it), no stack trace
        assertThat(cli.err).as(name).isNotBlank().doesNotContain("\tat ");
    }
}
