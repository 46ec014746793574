package org.kulisse.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.ImportException;
import org.kulisse.core.testing.SharedData;

class EscoLoaderTest {
    private static EscoTaxonomy official;
    private static final List<LoadProgress> PROGRESS = new ArrayList<>();

    @BeforeAll
    static void loadOfficial() {
        Path folder = SharedData.require("esco/esco-v1.1.1-en-official");
        official = EscoLoader.create().folder(folder).progress(PROGRESS::add).load();
    }

    @Test
    void officialV111EnglishCountsExactly() {
        EscoTaxonomy.Stats s = official.stats();
        assertThat(official.version()).isEqualTo("v1.1.1");
        assertThat(official.languages()).containsExactly("en");
        assertThat(s.occupations()).isEqualTo(3007);
        assertThat(s.skills()).isEqualTo(13896);
        assertThat(s.skillsByType().get(SkillType.SKILL_COMPETENCE)).isEqualTo(10831);
        assertThat(s.skillsByType().get(SkillType.KNOWLEDGE)).isEqualTo(3059);
        assertThat(s.skillsByType().get(SkillType.UNKNOWN)).isEqualTo(6);
        assertThat(s.skillGroups()).isEqualTo(640);
        assertThat(s.iscoGroups()).isEqualTo(619);
        assertThat(s.occupationSkillRelations()).isEqualTo(123855);
        assertThat(s.essentialRelations()).isEqualTo(64946);
        assertThat(s.optionalRelations()).isEqualTo(58909);
        assertThat(official.report().dangling().get("occupationSkillRelations")).isEqualTo(67);
        assertThat(official.report().danglingExamples()).isNotEmpty();
        assertThat(official.report().missing()).isEmpty();
        assertThat(PROGRESS).anyMatch(p -> p.file().equals("occupationSkillRelations.csv") && p.done()
                && p.rows() == 123855);
    }

    @Test
    void lookups() {
        Occupation stage = official.occupation("3435.25.5").orElseThrow();
        assertThat(stage.labels().preferred().get("en")).contains("stage technician");
        assertThat(official.occupation(stage.uri())).contains(stage);
        assertThat(stage.iscoGroup()).isEqualTo("3435");
        assertThat(official.occupationsInIscoGroup("3435")).contains(stage);
        assertThat(official.essentialSkills(stage.uri())).isNotEmpty();
        assertThat(official.optionalSkills(stage.uri())).isNotEmpty();
        Skill first = official.essentialSkills(stage.uri()).get(0);
        assertThat(official.occupationsNeeding(first.uri())).contains(stage);
        assertThat(official.broader(stage.uri())).isNotEmpty();
        List<String> ancestors = official.ancestors(stage.uri());
        assertThat(ancestors).contains(official.iscoGroup("3435").orElseThrow().uri());
        Skill mobile = official.skill("http://data.europa.eu/esco/skill/39f55791-434d-4169-9a46-c000a2859a66")
                .orElseThrow();
        assertThat(mobile.type()).isEqualTo(SkillType.SKILL_COMPETENCE);
        assertThat(official.broader(mobile.uri())).isNotEmpty();
        assertThat(official.collectionNames()).contains("transversalSkills", "digitalSkills", "greenSkills",
                "languageSkills", "researchSkills");
    }

    @Test
    void theatreSubsetLoadsWithItsOwnCounts() {
        EscoTaxonomy subset = EscoLoader.create().folder(SharedData.require("esco/theatre-subset-v1.1.1")).load();
        assertThat(subset.stats().occupations()).isEqualTo(33);
        assertThat(subset.stats().skills()).isEqualTo(513);
        assertThat(subset.stats().iscoGroups()).isEqualTo(16);
        assertThat(subset.stats().occupationSkillRelations()).isEqualTo(1452);
        assertThat(subset.report().missing()).isEmpty();
    }

    @Test
    void theV10xFolderLoadsWhatItHasAndNamesWhatItLacks() {
        EscoTaxonomy old = EscoLoader.create().folder(SharedData.require("esco/esco-v1.0.x-en-partial")).load();
        assertThat(old.version()).isEqualTo("v1.0.x");
        assertThat(old.stats().occupations()).isEqualTo(2942);
        assertThat(old.stats().skills()).isZero();
        assertThat(old.report().missing()).contains("skills", "occupationSkill relations");
        assertThat(old.occupations().iterator().next().code()).isNull();
    }

    @Test
    void badInputFailsWithFileAndLine(@TempDir Path dir) throws IOException {
        Path source = SharedData.require("esco/theatre-subset-v1.1.1/classification/occupations_en.csv");
        byte[] bytes = Files.readAllBytes(source);

        Path truncated = Files.createDirectories(dir.resolve("truncated")).resolve("occupations_en.csv");
        String text = new String(bytes, StandardCharsets.UTF_8);
        int cut = text.indexOf("\"", text.indexOf('\n', text.length() / 2)) + 5;
        Files.writeString(truncated, text.substring(0, cut));
        assertThatThrownBy(() -> EscoLoader.create().folder(truncated.getParent()).load())
                .asInstanceOf(type(ImportException.class))
                .satisfies(e -> {
                    assertThat(e.source()).hasValueSatisfying(s -> assertThat(s).endsWith("occupations_en.csv"));
                    assertThat(e.line()).isPositive();
                });

        Path noColumn = Files.createDirectories(dir.resolve("nocolumn")).resolve("occupations_en.csv");
        Files.writeString(noColumn, text.replaceFirst("conceptUri", "conceptURL"));
        assertThatThrownBy(() -> EscoLoader.create().folder(noColumn.getParent()).load())
                .isInstanceOf(ImportException.class).hasMessageContaining("occupations_en.csv:1")
                .hasMessageContaining("\"conceptUri\" is missing");

        Path latin1 = Files.createDirectories(dir.resolve("latin1")).resolve("occupations_en.csv");
        Files.write(latin1, text.replace("technician", "t\u00e9chnician").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> EscoLoader.create().folder(latin1.getParent()).load())
                .isInstanceOf(ImportException.class).hasMessageContaining("not UTF-8")
                .asInstanceOf(type(ImportException.class)).satisfies(e -> assertThat(e.line()).isPositive());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> EscoLoader.create().folder(empty).load())
                .isInstanceOf(ImportException.class).hasMessageContaining("no ESCO CSV files");
    }

    /** The theatre subset, copied so that one of its files can be spoilt. */
    private static Path copyOfTheatreSubset(Path dir) throws IOException {
        Path source = SharedData.require("esco/theatre-subset-v1.1.1");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = dir.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return dir;
    }

    @Test
    void badRelationFilesFailWithFileAndLineToo(@TempDir Path dir) throws IOException {
        Path folder = copyOfTheatreSubset(dir);
        Path relations = folder.resolve("relations/occupationSkillRelations.csv");
        List<String> lines = Files.readAllLines(relations);
        Files.write(relations, List.of(lines.get(0), lines.get(1), lines.get(2),
                lines.get(3).substring(0, lines.get(3).lastIndexOf(','))));
        List<LoadProgress> progress = new ArrayList<>();
        Thread caller = Thread.currentThread();
        assertThatThrownBy(() -> EscoLoader.create().folder(folder).progress(p -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            progress.add(p);
        }).load())
                .asInstanceOf(type(ImportException.class))
                .satisfies(e -> {
                    assertThat(e.source()).hasValueSatisfying(
                            s -> assertThat(s).endsWith("occupationSkillRelations.csv"));
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("truncated");
                });
        assertThat(progress).anyMatch(p -> p.file().equals("skills_en.csv") && p.done());
        assertThat(relationThreads()).isEmpty();

        // a bad concept file is reported first, as it would be read first, and the relations stop with it
        Files.writeString(folder.resolve("classification/skills_en.csv"), "conceptType,conceptUri\n");
        assertThatThrownBy(() -> EscoLoader.create().folder(folder).load())
                .isInstanceOf(ImportException.class).hasMessageContaining("skills_en.csv:1")
                .hasMessageContaining("\"preferredLabel\" is missing");
        assertThat(relationThreads()).isEmpty();
    }

    @Test
    void relationsInEveryLanguageFolderAreAddedOnce(@TempDir Path dir) throws IOException {
        // as in v1.2, where each language's package has the (same) relation files with a language suffix
        Path en = SharedData.require("esco/theatre-subset-v1.1.1");
        Path it = Files.createDirectories(dir.resolve("it"));
        Files.writeString(it.resolve("occupations_it.csv"), Files.readString(
                en.resolve("classification/occupations_en.csv")).replace("stage technician", "tecnico di palcoscenico"));
        for (String name : List.of("occupationSkillRelations", "skillSkillRelations", "broaderRelationsOccPillar")) {
            Files.copy(en.resolve("relations/" + name + ".csv"), it.resolve(name + "_it.csv"));
        }
        EscoTaxonomy one = EscoLoader.create().folder(en).load();
        EscoTaxonomy both = EscoLoader.create().folder(en).folder(it).load();
        for (Occupation o : one.occupations()) {
            assertThat(both.essentialSkills(o.uri())).isEqualTo(one.essentialSkills(o.uri()));
            assertThat(both.optionalSkills(o.uri())).isEqualTo(one.optionalSkills(o.uri()));
            assertThat(both.broader(o.uri())).isEqualTo(one.broader(o.uri()));
        }
        for (Skill s : one.skills()) {
            assertThat(both.occupationsNeeding(s.uri())).extracting(Occupation::uri)
                    .isEqualTo(one.occupationsNeeding(s.uri()).stream().map(Occupation::uri).toList());
            assertThat(both.relatedSkills(s.uri())).isEqualTo(one.relatedSkills(s.uri()));
        }
        assertThat(one.report().duplicates()).isEmpty();
        long resolved = 1452 - one.report().dangling().getOrDefault("occupationSkillRelations", 0L);
        assertThat(both.report().duplicates()).containsEntry("occupationSkillRelations_it.csv", resolved)
                .containsKeys("skillSkillRelations_it.csv", "broaderRelationsOccPillar_it.csv");
        assertThat(both.stats().occupationSkillRelations()).isEqualTo(2 * 1452); // rows read
    }

    private static List<Thread> relationThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("kulisse-esco relations") && t.isAlive()).toList();
    }

    @Test
    void languagesMergeFromSeveralFolders(@TempDir Path dir) throws IOException {
        Path en = SharedData.require("esco/theatre-subset-v1.1.1");
        Path it = Files.createDirectories(dir.resolve("it"));
        String occupations = Files.readString(en.resolve("classification/occupations_en.csv"))
                .replace("stage technician", "tecnico di palcoscenico");
        Files.writeString(it.resolve("occupations_it.csv"), occupations);
        EscoTaxonomy both = EscoLoader.create().folder(en).folder(it).load();
        assertThat(both.languages()).containsExactly("en", "it");
        Occupation stage = both.occupation("3435.25.5").orElseThrow();
        assertThat(stage.labels().preferred().get("it")).contains("tecnico di palcoscenico");
        assertThat(stage.labels().preferred().get("en")).contains("stage technician");
        assertThat(both.stats().occupations()).isEqualTo(33);
        assertThat(both.report().duplicates()).isEmpty();
    }
}
