package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.testing.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EscoCommandTest {
    private final Cli cli = new Cli();

    @Test
    void statsOfTheOfficialDownload() {
        Path esco = SharedData.require("esco/esco-v1.1.1-en-official");
        assertThat(cli.run("esco", "stats", "--esco", esco.toString())).as(cli.err).isZero();
        JsonNode stats = JsonMapper.builder().build().readTree(cli.out);
        assertThat(stats.get("version").stringValue()).isEqualTo("v1.1.1");
        assertThat(stats.get("occupations").intValue()).isEqualTo(3007);
        assertThat(stats.get("skills").intValue()).isEqualTo(13896);
        assertThat(stats.get("skillsByType").get("skill/competence").intValue()).isEqualTo(10831);
        assertThat(stats.get("skillsByType").get("knowledge").intValue()).isEqualTo(3059);
        assertThat(stats.get("skillsByType").get("unknown").intValue()).isEqualTo(6);
        assertThat(stats.get("skillGroups").intValue()).isEqualTo(640);
        assertThat(stats.get("iscoGroups").intValue()).isEqualTo(619);
        assertThat(stats.get("occupationSkillRelations").intValue()).isEqualTo(123855);
        assertThat(stats.get("essentialRelations").intValue()).isEqualTo(64946);
        assertThat(stats.get("optionalRelations").intValue()).isEqualTo(58909);
        assertThat(stats.get("danglingReferences").get("occupationSkillRelations").intValue()).isEqualTo(67);
    }

    @Test
    void unreadableFoldersExitTwo(@TempDir Path dir) throws Exception {
        assertThat(cli.run("esco", "stats", "--esco", dir.toString())).isEqualTo(2);
        assertThat(cli.err).contains("no ESCO CSV files");
        Files.writeString(dir.resolve("occupations_en.csv"), "conceptType,conceptUri\nOccupation,\"http://x");
        assertThat(cli.run("esco", "stats", "--esco", dir.toString())).isEqualTo(2);
        assertThat(cli.err).contains("occupations_en.csv");
        assertThat(cli.run("esco", "stats")).isEqualTo(2);
    }
}
