package org.kulisse.esco.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.ImportException;
import org.kulisse.core.testing.SharedData;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.Labels;
import org.kulisse.esco.Occupation;
import org.kulisse.esco.LoadProgress;

class EscoRdfTest {
    private static final String ESCO = "http://data.europa.eu/esco/model#";
    private static final String STAGE_TECHNICIAN = "http://data.europa.eu/esco/occupation/"
            + "acb6b99a-6c13-482a-81b1-8b5614e0153e";

    @TempDir
    Path dir;

    @Test
    void theOfficialEnglishDownloadSurvivesNTriplesWithTheSameCounts() {
        EscoTaxonomy csv = EscoLoader.create().folder(SharedData.require("esco/esco-v1.1.1-en-official")).load();
        Path nt = dir.resolve("esco.nt");
        EscoRdf.write(csv, RdfFormat.NTRIPLES, nt);
        List<LoadProgress> progress = new ArrayList<>();
        EscoTaxonomy back = EscoLoader.create().rdf(nt).progress(progress::add).load();

        assertThat(back.stats()).isEqualTo(csv.stats());
        assertThat(back.stats().occupations()).isEqualTo(3007);
        assertThat(back.stats().skills()).isEqualTo(13896);
        assertThat(back.stats().occupationSkillRelations()).isEqualTo(123855);
        assertThat(back.report().dangling()).isEqualTo(csv.report().dangling());
        assertThat(back.report().dangling().get("occupationSkillRelations")).isEqualTo(67);
        assertThat(back.version()).isEqualTo("v1.1.1");
        assertThat(back.languages()).containsExactly("en");
        assertThat(progress).isNotEmpty().last().satisfies(p -> assertThat(p.done()).isTrue());
        // concept by concept, not only counts
        assertThat(back.occupation(STAGE_TECHNICIAN)).isEqualTo(csv.occupation(STAGE_TECHNICIAN));
        assertThat(back.essentialSkills(STAGE_TECHNICIAN)).isEqualTo(csv.essentialSkills(STAGE_TECHNICIAN));
        assertThat(back.occupation("3435.25.5")).isPresent();
        for (var skill : csv.skills()) {
            assertThat(back.skill(skill.uri())).contains(skill);
            assertThat(back.broader(skill.uri())).containsExactlyInAnyOrderElementsOf(csv.broader(skill.uri()));
        }
        for (String name : csv.collectionNames()) {
            assertThat(back.collection(name)).as(name).isEqualTo(csv.collection(name));
        }
    }

    @Test
    void writesEscosOwnModelInEveryFormat() {
        EscoTaxonomy subset = EscoLoader.create().folder(SharedData.require("esco/theatre-subset-v1.1.1")).load();
        for (RdfFormat format : RdfFormat.values()) {
            Path file = dir.resolve("subset." + format.extension());
            EscoRdf.write(subset, format, file);
            EscoTaxonomy back = EscoRdf.read(file);
            assertThat(back.stats()).as(format.name()).isEqualTo(subset.stats());
            // RDF keeps no order among the values of one property: labels compare as sets
            assertThat(back.occupations().stream().map(EscoRdfTest::sortedLabels).toList()).as(format.name())
                    .containsExactlyInAnyOrderElementsOf(subset.occupations().stream().map(EscoRdfTest::sortedLabels)
                            .toList());
        }
        Model m = RDFDataMgr.loadModel(dir.resolve("subset.ttl").toString());
        Resource stage = m.getResource(STAGE_TECHNICIAN);
        assertThat(stage.hasProperty(m.getProperty(org.apache.jena.vocabulary.RDF.type.getURI()),
                m.getResource(ESCO + "Occupation"))).isTrue();
        assertThat(stage.listProperties(m.getProperty(ESCO + "relatedEssentialSkill")).toList()).isNotEmpty();
        Resource skill = stage.getPropertyResourceValue(m.getProperty(ESCO + "relatedEssentialSkill"));
        assertThat(skill.getPropertyResourceValue(m.getProperty(ESCO + "skillType")).getURI())
                .startsWith("http://data.europa.eu/esco/skill-type/");
        assertThat(m.contains(null, m.getProperty(ESCO + "hasEssentialSkill"))).isFalse();
    }

    private static Occupation sortedLabels(Occupation o) {
        Map<String, List<String>> alternative = new TreeMap<>();
        o.labels().alternative().forEach((lang, labels) -> alternative.put(lang, labels.stream().sorted().toList()));
        return new Occupation(o.uri(), o.code(), o.iscoGroup(), new Labels(o.labels().preferred(), alternative,
                o.labels().hidden()), o.description(), o.regulatedProfessionNote());
    }

    @Test
    void badDumpsAreLocated() throws Exception {
        Path broken = dir.resolve("broken.nt");
        Files.writeString(broken, "<http://a> <http://b> <http://c> .\n<http://a> <http://b> <http://c> <http://d> .\n");
        assertThatThrownBy(() -> EscoRdf.read(broken)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(2));
        Path empty = dir.resolve("empty.ttl");
        Files.writeString(empty, "<http://a> <http://b> <http://c> .\n");
        assertThatThrownBy(() -> EscoRdf.read(empty)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no ESCO");
        assertThatThrownBy(() -> EscoRdf.read(dir.resolve("esco.csv"))).isInstanceOf(ImportException.class);
    }
}
