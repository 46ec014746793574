package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.testing.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EscoSearchCommandTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    private String theatre() {
        return SharedData.require("esco/theatre-subset-v1.1.1").toString();
    }

    @Test
    void searchPrintsHitsAndBatchesQueries() throws Exception {
        assertThat(cli.run("esco", "search", "--esco", theatre(), "--type", "occupation", "--top", "3",
                "stage", "technician")).as(cli.err).isZero();
        JsonNode hits = MAPPER.readTree(cli.out);
        assertThat(hits.size()).isEqualTo(3);
        assertThat(hits.get(0).get("label").stringValue()).isEqualTo("stage technician");
        Path queries = dir.resolve("q.txt");
        Files.writeString(queries, "stage technician\nlight board\n\nrig lights\n");
        assertThat(cli.run("esco", "search", "--esco", theatre(), "--queries", queries.toString(), "--top", "2"))
                .isZero();
        assertThat(cli.out.lines().toList()).hasSize(3).allSatisfy(line -> assertThat(MAPPER.readTree(line).size())
                .isEqualTo(2));
        assertThat(cli.run("esco", "search", "--esco", theatre())).isEqualTo(2);
        assertThat(cli.run("esco", "search", "--esco", theatre(), "--type", "building", "x")).isEqualTo(2);
        assertThat(cli.run("esco", "search", "--esco", theatre(), "rig the lights safely ".repeat(500)))
                .isEqualTo(2);
        assertThat(cli.err).contains("the search text is too long");
    }

    @Test
    void suggestAndGapOnTheBackstageFramework() throws Exception {
        assertThat(cli.run("demo", "--out", dir.toString(), "--esco", theatre())).as(cli.err).isZero();
        assertThat(cli.out).contains("stage technician (3435.25.5)").contains("best-fitting occupations");
        String framework = dir.resolve("framework.json").toString();
        assertThat(cli.run("esco", "suggest", "--esco", theatre(), "--framework", framework, "--unit", "U3",
                "--top", "3")).as(cli.err).isZero();
        JsonNode suggestions = MAPPER.readTree(cli.out);
        assertThat(suggestions.size()).isEqualTo(9);
        assertThat(suggestions.get(3).get("suggestions").size()).isPositive();
        assertThat(cli.run("esco", "gap", "--esco", theatre(), "--framework", framework, "--units", "U3,U7",
                "--occupation", "3435.25.5")).as(cli.err).isZero();
        JsonNode gap = MAPPER.readTree(cli.out);
        assertThat(gap.get("label").stringValue()).isEqualTo("stage technician");
        assertThat(gap.get("essentialCovered").size()).isPositive();
        assertThat(gap.get("essentialCovered").get(0).get("units").size()).isPositive();
        assertThat(cli.run("esco", "gap", "--esco", theatre(), "--framework", framework, "--units", "U3,U7",
                "--rank-occupations", "--top", "4")).isZero();
        assertThat(MAPPER.readTree(cli.out).get("occupations").size()).isEqualTo(4);
        assertThat(cli.run("esco", "gap", "--esco", theatre(), "--framework", framework, "--units", "U9",
                "--occupation", "3435.25.5")).isEqualTo(2);
        assertThat(cli.run("esco", "gap", "--esco", theatre(), "--framework", framework, "--units", "U3",
                "--occupation", "9999.9")).isEqualTo(2);
        assertThat(cli.run("demo", "--out", dir.resolve("plain").toString())).isZero();
        assertThat(cli.out).contains("ESCO: skipped");
    }

    @Test
    void compareAndSssom() throws Exception {
        assertThat(cli.run("demo", "--out", dir.toString())).isZero();
        assertThat(dir.resolve("mappings.sssom.tsv")).exists();
        String framework = dir.resolve("framework.json").toString();
        assertThat(cli.run("esco", "compare", "--esco", theatre(), framework, dir.resolve("framework-case.json")
                .toString())).as(cli.err).isZero();
        JsonNode proposals = MAPPER.readTree(cli.out);
        assertThat(proposals.get(0).get("overlap").doubleValue()).isEqualTo(1.0);
        assertThat(proposals.get(0).get("unitA").stringValue()).isEqualTo(proposals.get(0).get("unitB")
                .stringValue());
        assertThat(cli.run("convert", framework, "--to", "sssom")).isZero();
        assertThat(cli.out).startsWith("# curie_map:").contains("skos:closeMatch");
        assertThat(cli.run("esco", "compare", "--esco", theatre(), framework)).isEqualTo(2);
    }
}
