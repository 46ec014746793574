package org.kulisse.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.testing.Fixtures;

class SssomTest {

    private static CompetenceFramework withMappings() {
        CompetenceFramework f = Fixtures.rigging();
        return f.withMappings(List.of(
                new Mapping("RIG-U1-S1", Mapping.EXACT, "http://data.europa.eu/esco/skill/abc", "calculate loads",
                        Mapping.MANUAL_CURATION, new BigDecimal("0.95"), "A. Tester", LocalDate.of(2026, 12, 1),
                        "v1.1.1", "checked against the ESCO portal"),
                new Mapping("RIG-U2", Mapping.BROAD, "http://data.europa.eu/esco/skill/def", null,
                        Mapping.LEXICAL_MATCHING, null, null, null, null, null)));
    }

    @Test
    void roundTrip() {
        CompetenceFramework f = withMappings();
        String tsv = Sssom.write(f);
        assertThat(tsv).startsWith("# curie_map:").contains("# mapping_set_id: ")
                .contains("kulisse:RIG-U1-S1\tCalculate a bridle.\tskos:exactMatch\tesco:skill/abc\tcalculate loads"
                        + "\tsemapv:ManualMappingCuration\t0.95\tA. Tester\t2026-12-01\tv1.1.1");
        assertThat(Sssom.read(tsv, "test.sssom.tsv", f.id())).isEqualTo(f.mappings());
    }

    @Test
    void badRowsAreLocated() {
        String tsv = Sssom.write(withMappings()).replace("semapv:LexicalMatching", "");
        assertThatThrownBy(() -> Sssom.read(tsv, "bad.tsv", Fixtures.rigging().id()))
                .isInstanceOf(ImportException.class).hasMessageContaining("bad.tsv:")
                .hasMessageContaining("mapping_justification");
    }
}
