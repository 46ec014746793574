package org.kulisse.esco.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.kulisse.core.nqf.NationalFramework;
import org.kulisse.core.nqf.NationalFrameworkLevel;
import org.kulisse.core.nqf.NationalFrameworks;
import org.kulisse.core.testing.SharedData;

class LevelSchemesTest {
    private static final Model ALL = LevelSchemes.all();

    private static Resource level(String country, String label) {
        NationalFrameworks.Match match = NationalFrameworks.defaults().find(country, label).orElseThrow();
        return ALL.getResource(LevelSchemes.levelIri(match.framework(), match.level()));
    }

    @Test
    void theEqfLevelsAreTheEuVocabularysConcepts() throws Exception {
        List<String> rows = Files.readAllLines(SharedData.require("esco/elm-eu-vocabularies/eqf_levels.csv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            Resource level = ALL.getResource(cells[0]);
            assertThat(level.hasProperty(RDF.type, SKOS.Concept)).as(cells[0]).isTrue();
            assertThat(level.getProperty(SKOS.notation).getString()).isEqualTo(cells[2]);
            assertThat(level.getPropertyResourceValue(SKOS.inScheme).getURI()).isEqualTo(cells[3]);
        }
        assertThat(ALL.listResourcesWithProperty(SKOS.topConceptOf).toList()).hasSize(8);
    }

    @Test
    void nationalLevelsLinkToTheirEqfLevelExactlyOrBroadly() {
        assertThat(level("IT", "4").getPropertyResourceValue(SKOS.exactMatch).getURI())
                .isEqualTo("http://data.europa.eu/snb/eqf/4");
        // SCQF 7 and 8 both sit at EQF 5, NFQ 7 and 8 at EQF 6: many to one is a broad match
        assertThat(level("GB-SCT", "7").getPropertyResourceValue(SKOS.broadMatch).getURI())
                .isEqualTo("http://data.europa.eu/snb/eqf/5");
        assertThat(level("IE", "8").getPropertyResourceValue(SKOS.broadMatch).getURI())
                .isEqualTo("http://data.europa.eu/snb/eqf/6");
        assertThat(level("IE", "8").hasProperty(SKOS.exactMatch)).isFalse();
        Resource bg0 = level("BG", "0");
        assertThat(bg0.hasProperty(SKOS.exactMatch) || bg0.hasProperty(SKOS.broadMatch)).isFalse();
        assertThat(bg0.getProperty(SKOS.note).getString()).contains("not referenced");
        assertThat(level("GB-ENG", "Entry 3").getPropertyResourceValue(SKOS.exactMatch).getURI())
                .isEqualTo("http://data.europa.eu/snb/eqf/1");
    }

    @Test
    void everyEuIriWeUseIsInTheEuVocabulary() throws Exception {
        Set<String> known = new HashSet<>();
        for (String row : Files.readAllLines(SharedData.require("esco/elm-eu-vocabularies/qdr_nqf_concepts.csv"))) {
            known.add(row.split(",")[0]);
        }
        int checked = 0;
        for (NationalFramework f : NationalFrameworks.defaults().all()) {
            assertThat(ALL.getResource(LevelSchemes.schemeIri(f)).hasProperty(RDF.type, SKOS.ConceptScheme)).isTrue();
            if (f.uri() != null) {
                assertThat(known).as(f.id()).contains(f.uri());
                checked++;
            }
            for (NationalFrameworkLevel l : f.levels()) {
                Resource level = ALL.getResource(LevelSchemes.levelIri(f, l));
                assertThat(level.getPropertyResourceValue(SKOS.inScheme).getURI()).isEqualTo(
                        LevelSchemes.schemeIri(f));
                if (l.uri() != null) {
                    assertThat(known).as(f.id() + " " + l.label()).contains(l.uri());
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
        assertThat(Path.of(LevelSchemes.EQF_SCHEME).toString()).isNotEmpty();
    }
}
