package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.examples.Backstage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KulisseCommandTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private String out;
    private String err;

    private int run(String... args) {
        int code = cli.run(args);
        out = cli.out;
        err = cli.err;
        return code;
    }

    private Path demo() {
        Path demoDir = dir.resolve("demo");
        assertThat(run("demo", "--out", demoDir.toString())).as(err).isZero();
        return demoDir.resolve("framework.json");
    }

    /** The demo's framework.json with one change made with Jackson's tree model. */
    private Path broken(String name, java.util.function.Consumer<tools.jackson.databind.node.ObjectNode> change)
            throws IOException {
        tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) MAPPER.readTree(
                demo().toFile());
        change.accept(tree);
        Path file = dir.resolve(name);
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        return file;
    }

    @Test
    void demoWritesAValidFramework() {
        Path framework = demo();
        assertThat(out).contains("7 units, 47 learning outcomes").contains("valid (0 errors, 0 warnings)");
        assertThat(framework).exists();
        assertThat(KulisseJson.create().readFramework(framework)).isEqualTo(Backstage.framework());
        assertThat(run("validate", framework.toString())).as(out + err).isZero();
        assertThat(out).isEmpty();
        assertThat(err).contains("valid framework (0 error(s), 0 warning(s))");
    }

    @Test
    void duplicateUnitIdIsOneLineNamingThePath() throws IOException {
        Path file = broken("dup.json", t -> ((tools.jackson.databind.node.ObjectNode) t.get("units").get(1))
                .put("id", "EU-BACKSTAGE-U1"));
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(out.lines()).anySatisfy(line -> assertThat(line)
                .matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: ERROR /units/1/id DUPLICATE_ID: .*"));
    }

    @Test
    void unitWithoutOutcomesIsOneLine() throws IOException {
        Path file = broken("empty-unit.json", t -> ((tools.jackson.databind.node.ObjectNode) t.get("units").get(2))
                .putArray("learningOutcomes"));
        assertThat(run("validate", file.toString())).isEqualTo(1);
        // the unit's outcomes were also the subjects of ESCO mappings: each dangling mapping is its own line
        assertThat(out.lines().toList()).anySatisfy(line -> assertThat(line)
                .contains("ERROR /units/2/learningOutcomes UNIT_WITHOUT_OUTCOMES"))
                .allSatisfy(line -> assertThat(line).containsAnyOf("UNIT_WITHOUT_OUTCOMES", "UNKNOWN_MAPPING_SUBJECT"));
    }

    @Test
    void languageTagEnglishIsRejected() throws IOException {
        Path file = broken("english.json", t -> ((tools.jackson.databind.node.ArrayNode) t.get("languages"))
                .set(0, "english"));
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(out.lines().toList()).singleElement().asString()
                .contains("ERROR /languages/0 INVALID_LANGUAGE_TAG");
    }

    @Test
    void unitPointsSummingTo59AreRejected() throws IOException {
        Path file = broken("fifty-nine.json", t -> ((tools.jackson.databind.node.ObjectNode) t.get("qualifications")
                .get(0).get("units").get(0).get("points").get(0)).put("value", 5));
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(out.lines().toList()).singleElement().asString()
                .contains("ERROR /qualifications/0/creditPoints/0 POINTS_SUM_MISMATCH")
                .contains("add up to 59 ECVET");
    }

    @Test
    void jsonFormatReportsViolationsWithPositions() throws IOException {
        Path file = broken("dup2.json", t -> ((tools.jackson.databind.node.ObjectNode) t.get("units").get(1))
                .put("id", "EU-BACKSTAGE-U1"));
        assertThat(run("validate", "--format", "json", file.toString())).isEqualTo(1);
        JsonNode report = MAPPER.readTree(out);
        assertThat(report.get("valid").booleanValue()).isFalse();
        assertThat(report.get("violations").get(0).get("line").intValue()).isPositive();
    }

    @Test
    void truncatedFileExitsTwoWithLineAndColumn() throws IOException {
        String full = Files.readString(demo());
        Path file = dir.resolve("truncated.json");
        Files.writeString(file, full.substring(0, full.length() / 2));
        assertThat(run("validate", file.toString())).isEqualTo(2);
        assertThat(err).matches("(?s)kulisse: " + java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+ at /units/\\S+: Unexpected end-of-input.*\n");
        assertThat(err).doesNotContain("\tat ");
    }

    @Test
    void missingFileAndUsageErrorsExitTwo() {
        assertThat(run("validate", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err).contains("no such file");
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("convert", demo().toString(), "--to", "docx")).isEqualTo(2);
        assertThat(err).contains("available: json");
    }

    @Test
    void convertToJsonIsCanonical() throws IOException {
        Path framework = demo();
        Path copy = dir.resolve("copy.json");
        assertThat(run("convert", framework.toString(), "--to", "json", "-o", copy.toString())).isZero();
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(framework));
        assertThat(run("convert", framework.toString(), "--to", "json")).isZero();
        assertThat(out).isEqualTo(Files.readString(framework, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({"IT,4,4", "BG,0,", "NO,5.1,5", "GB-SCT,7,5", "GB-ENG,Entry 3,1", "IE,8,6", "DE,4,4", "FR,IV,4"})
    void nqfToEqf(String country, String level, Integer eqf) throws IOException {
        assertThat(run("nqf", "--country", country, "--level", level)).as(err).isZero();
        JsonNode result = MAPPER.readTree(out);
        if (eqf == null) {
            assertThat(result.get("eqfLevel").isNull()).isTrue();
        } else {
            assertThat(result.get("eqfLevel").intValue()).isEqualTo(eqf);
            assertThat(result.get("eqfUri").stringValue()).isEqualTo("http://data.europa.eu/snb/eqf/" + eqf);
        }
    }

    @Test
    void eqfToNationalLevels() throws IOException {
        assertThat(run("nqf", "--country", "IE", "--eqf", "6")).isZero();
        JsonNode result = MAPPER.readTree(out);
        assertThat(result.get("levels").valueStream().map(l -> l.get("level").stringValue()).toList())
                .isEqualTo(List.of("7", "8"));
    }

    @Test
    void nqfErrors() {
        assertThat(run("nqf", "--country", "PL", "--level", "4")).isEqualTo(2);
        assertThat(run("nqf", "--country", "GB", "--level", "4")).isEqualTo(2);
        assertThat(err).contains("GB-ENG");
        assertThat(run("nqf", "--country", "DE", "--level", "9")).isEqualTo(1);
        assertThat(run("nqf", "--country", "DE", "--eqf", "9")).isEqualTo(2);
        assertThat(run("nqf", "--country", "DE")).isEqualTo(2);
        assertThat(run("nqf", "--country", "DE", "--eqf", "4", "--level", "4")).isEqualTo(2);
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out).contains("validate").contains("convert").contains("nqf").contains("demo");
        assertThat(run("--version")).isZero();
        assertThat(out).startsWith("kulisse ");
        assertThat(run("validate", "--help")).isZero();
        assertThat(out).contains("Exit codes");
    }
}
