package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.testing.SharedData;
import org.kulisse.europass.EuropassImport;
import org.kulisse.europass.EuropassReader;
import org.kulisse.europass.EuropassSchema;
import org.kulisse.europass.testing.EdcShapes;

class EuropassCommandTest {
    @TempDir
    static Path dir;
    private static Path demo;
    private final Cli cli = new Cli();

    @BeforeAll
    static void runDemo() {
        demo = dir.resolve("demo");
        Cli cli = new Cli();
        assertThat(cli.run("demo", "--out", demo.toString())).as(cli.err).isZero();
    }

    private static Path schema() {
        return SharedData.require("europass/schema-v3.4.1");
    }

    @Test
    void theDemoLearnersCvsAreValidInAllFiveLanguages() throws IOException, InterruptedException {
        EuropassSchema schema = EuropassSchema.load(schema());
        List<String> files = new ArrayList<>();
        for (String language : List.of("en", "it", "de", "bg", "nb")) {
            Path cv = demo.resolve("cv-" + language + ".xml");
            assertThat(schema.validate(cv).problems()).as(cv.toString()).isEmpty();
            EuropassImport read = EuropassReader.create().read(cv);
            assertThat(read.document().locale()).isEqualTo(language);
            assertThat(read.warnings()).isEmpty();
            files.add(cv.toString());
        }
        assertThat(cli.run(concat(List.of("europass", "validate", "--schema", schema().toString()), files).toArray(String[]::new)))
                .as(cli.out).isZero();
        assertThat(cli.out).contains("cv-bg.xml: valid Europass XML (0 error(s))");
        xmllint(files);
    }

    /** The second opinion: libxml2's validator with the same catalog, where it is installed (CI installs it). */
    private static void xmllint(List<String> files) throws IOException, InterruptedException {
        Path xmllint = Path.of("/usr/bin/xmllint");
        if (!Files.isExecutable(xmllint)) {
            return;
        }
        List<String> command = concat(List.of(xmllint.toString(), "--noout", "--nonet", "--schema",
                schema().resolve("EuropassSchema.xsd").toString()), files);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XML_CATALOG_FILES", schema().resolve("catalog.xml").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("cv-nb.xml validates");
    }

    @Test
    void theDemoCredentialConformsExceptWhereSealingAdds() throws IOException {
        String credential = Files.readString(demo.resolve("credential.jsonld"));
        List<String> violations = EdcShapes.load().violations(credential);
        assertThat(violations).hasSize(2).anyMatch(v -> v.contains("credentials#issued>"))
                .anyMatch(v -> v.contains("IssuerNodeShape"));
        assertThat(credential).contains("\"point\" : \"10\"", "relatedESCOSkill", "LearningActivity");
    }

    @Test
    void cvAndCredentialCommandsTakeTheDemoFiles() throws IOException {
        Path learner = dir.resolve("learner.json");
        Files.writeString(learner, org.kulisse.examples.Backstage.text(
                org.kulisse.examples.Backstage.LEARNER_RESOURCE));
        List<String> inputs = List.of("--learner", learner.toString(), "--framework",
                demo.resolve("framework.json").toString(), "--decisions", demo.resolve("decisions.json").toString(),
                "--mou", demo.resolve("mou.json").toString(), "--agreement",
                demo.resolve("agreement.json").toString(), "--occupation",
                "http://data.europa.eu/esco/occupation/acb6b99a-6c13-482a-81b1-8b5614e0153e", "--occupation-label",
                "stage technician", "--isced97", "21", "--nace", "R");
        Path cv = dir.resolve("cv-it.xml");
        assertThat(cli.run(concat(concat(List.of("europass", "cv"), inputs), List.of("--lang", "it", "-o",
                cv.toString(), "--schema", schema().toString())).toArray(String[]::new))).as(cli.err + cli.out).isZero();
        assertThat(Files.readString(cv)).contains("<Title>Tecnico di palcoscenico junior europeo");
        Path credential = dir.resolve("credential.json");
        assertThat(cli.run(concat(concat(List.of("europass", "credential"), inputs), List.of("-o",
                credential.toString(), "--issued", "2026-07-01T10:00:00Z", "--eidas", "IT-12345678901")).toArray(String[]::new)))
                .as(cli.err).isZero();
        assertThat(EdcShapes.load().violations(Files.readString(credential))).isEmpty();
        assertThat(cli.run("europass", "import", cv.toString())).as(cli.err).isZero();
        assertThat(cli.out).contains("\"version\": \"V3.4\"", "\"family\": \"Rossi\"", "\"eqfLevel\": 3",
                "\"warnings\": []");
        assertThat(cli.run(concat(List.of("europass", "cv"), List.of("--learner", learner.toString(),
                "--framework", demo.resolve("framework.json").toString(), "--occupation", "http://example.org/x",
                "-o", dir.resolve("x.xml").toString())).toArray(String[]::new))).isEqualTo(2);
        assertThat(cli.err).contains("not an ESCO occupation IRI");
    }

    @Test
    void importRefusesWhatIsNotEuropassV3AndValidateReportsLines() {
        Path invalid = SharedData.require("europass/invalid");
        assertThat(cli.run("europass", "import", invalid.resolve("unreadable-version.xml").toString())).isEqualTo(2);
        assertThat(cli.err).contains("V2.0 learnerinfo").doesNotContain("\tat ");
        assertThat(cli.run("europass", "import", SharedData.require(
                "europass/examples/Europass_CVwithCL_V3.4.0_Example.xml").toString())).isZero();
        assertThat(cli.out).contains("level \\\"Br\\\" is not valid");
        assertThat(cli.run("europass", "validate", "--schema", schema().toString(),
                invalid.resolve("Europass_LP_V3.4.0_wrong-skill-order.test-resource.xml").toString())).isEqualTo(1);
        assertThat(cli.out).containsPattern("wrong-skill-order.test-resource.xml:\\d+:\\d+: error: ");
        assertThat(cli.run("europass", "validate", "--schema", dir.toString(),
                demo.resolve("cv-en.xml").toString())).isEqualTo(2);
        assertThat(cli.err).contains("no EuropassSchema.xsd");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.stream().toList();
    }
}
