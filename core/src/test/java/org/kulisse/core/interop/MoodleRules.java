package org.kulisse.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Moodle's own import rules (tool_lpimportcsv), replayed on a CSV: 14 columns; exactly one framework row; unique ID
 * numbers; every parent resolves; no cycles; short names of at most 100 characters; a scale configuration that
 * parses as JSON, starts with the scale id and names a proficient value; related ID numbers that resolve.
 */
public final class MoodleRules {
    private MoodleRules() {
    }

    public static void check(String csv) {
        List<String[]> rows = new ArrayList<>();
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows.get(0)).containsExactlyElementsOf(MoodleCsv.HEADER);
        int frameworks = 0;
        Map<String, String> parentOf = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(14);
            assertThat(row[2].length()).as("short name " + row[2]).isLessThanOrEqualTo(100).isPositive();
            assertThat(row[1]).as("ID number").isNotEmpty();
            assertThat(row[1].length()).isLessThanOrEqualTo(100);
            if (row[12].equals("1")) {
                frameworks++;
                JsonNode config = JsonMapper.builder().build().readTree(row[6]);
                assertThat(config.isArray()).isTrue();
                assertThat(config.get(0).has("scaleid")).isTrue();
                assertThat(config.valueStream().anyMatch(n -> n.path("proficient").asInt() == 1)).isTrue();
                assertThat(row[5].split(",")).hasSizeGreaterThanOrEqualTo(config.size() - 1);
                assertThat(row[13].split(",")).allMatch(t -> Set.of("behaviour", "competency", "concept", "domain",
                        "indicator", "level", "outcome", "practice", "proficiency", "skill", "value").contains(t));
            } else {
                assertThat(parentOf).as("unique ID number " + row[1]).doesNotContainKey(row[1]);
                parentOf.put(row[1], row[0]);
            }
        }
        assertThat(frameworks).isEqualTo(1);
        for (Map.Entry<String, String> e : parentOf.entrySet()) {
            assertThat(e.getValue().isEmpty() || parentOf.containsKey(e.getValue()))
                    .as("parent of " + e.getKey()).isTrue();
            Set<String> seen = new HashSet<>();
            String current = e.getKey();
            while (!parentOf.get(current).isEmpty()) {
                assertThat(seen.add(current)).as("no cycle through " + current).isTrue();
                current = parentOf.get(current);
            }
        }
        for (String[] row : rows.subList(1, rows.size())) {
            if (!row[10].isEmpty()) {
                for (String related : row[10].split(",")) {
                    assertThat(parentOf).containsKey(related.replace("%2C", ","));
                }
            }
        }
    }
}
