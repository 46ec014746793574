package org.kulisse.core.nqf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.testing.CsvRows;
import org.kulisse.core.testing.SharedData;

/**
 * Cross-checks the built-in referencing against the compiled table in the shared test data and the EU vocabulary
 * of EQF levels: every QDR level IRI the built-ins use must be referenced there to the same EQF level.
 */
class SharedReferencingDataTest {

    private static List<Map<String, String>> csv(Path file) throws IOException {
        return CsvRows.read(file);
    }

    @Test
    void builtInLevelsAgreeWithTheCompiledReferencingTable() throws IOException {
        Path table = SharedData.require("esco/eqf-nqf-compiled/nqf_eqf_mapping.csv");
        Map<String, String> eqfByLevelUri = new HashMap<>();
        for (Map<String, String> row : csv(table)) {
            eqfByLevelUri.put(row.get("nqfLevelUri"), row.get("eqfLevel"));
        }
        int checked = 0;
        for (NationalFramework framework : NationalFrameworks.builder()
                .add(new org.kulisse.core.internal.nqf.BuiltInNationalFrameworks()).build().all()) {
            for (NationalFrameworkLevel level : framework.levels()) {
                if (level.uri() == null) {
                    continue;
                }
                assertThat(eqfByLevelUri).as(framework.id() + " " + level.label()).containsKey(level.uri());
                String expected = eqfByLevelUri.get(level.uri());
                String actual = level.eqfLevel() == null ? "" : Integer.toString(level.eqfLevel().value());
                assertThat(actual).as(framework.id() + " " + level.label()).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(70);
    }

    @Test
    void frameworkIrisExistInTheQdrVocabulary() throws IOException {
        Path concepts = SharedData.require("esco/elm-eu-vocabularies/qdr_nqf_concepts.csv");
        Set<String> uris = new java.util.HashSet<>();
        for (Map<String, String> row : csv(concepts)) {
            uris.add(row.get("conceptUri"));
        }
        for (NationalFramework framework : NationalFrameworks.defaults().all()) {
            if (framework.uri() != null && framework.uri().startsWith("http://data.europa.eu/snb/qdr/")) {
                assertThat(uris).as(framework.id()).contains(framework.uri());
                framework.levels().stream().filter(l -> l.uri() != null)
                        .forEach(l -> assertThat(uris).as(framework.id() + " " + l.label()).contains(l.uri()));
            }
        }
    }

    @Test
    void eqfLevelIrisMatchTheEuVocabulary() throws IOException {
        Path levels = SharedData.require("esco/elm-eu-vocabularies/eqf_levels.csv");
        List<Map<String, String>> rows = csv(levels);
        assertThat(rows).hasSize(8);
        for (Map<String, String> row : rows) {
            EqfLevel level = EqfLevel.of(Integer.parseInt(row.get("level")));
            assertThat(level.uri()).isEqualTo(row.get("conceptUri"));
            assertThat(row.get("inScheme")).isEqualTo(EqfLevel.SCHEME_URI);
            assertThat(EqfLevel.fromUri(row.get("conceptUri"))).contains(level);
        }
    }
}
