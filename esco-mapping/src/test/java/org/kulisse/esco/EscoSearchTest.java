package org.kulisse.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.testing.SharedData;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Search quality on real data: labels that ESCO dropped between v1.0.x and v1.1.1 must still find their concept. */
class EscoSearchTest {
    private static EscoTaxonomy esco;
    private static EscoSearch search;

    @BeforeAll
    static void build() {
        esco = EscoLoader.create().folder(SharedData.require("esco/esco-v1.1.1-en-official")).load();
        search = EscoSearch.build(esco);
    }

    @AfterAll
    static void close() {
        if (search != null) {
            search.close();
        }
    }

    private static String normalize(String label) {
        return label.toLowerCase(Locale.ROOT).trim();
    }

    /** (uri, label) pairs of v1.0.x occupation labels that the same URI no longer carries in v1.1.1. */
    static List<String[]> droppedLabels() throws IOException {
        Path old = SharedData.require("esco/esco-v1.0.x-en-partial/occupations_en.csv");
        List<String[]> dropped = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(old, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                String uri = row.get("conceptUri");
                Occupation now = esco.occupation(uri).orElse(null);
                if (now == null) {
                    continue;
                }
                Set<String> current = new HashSet<>();
                now.labels().all("en").forEach(l -> current.add(normalize(l)));
                Set<String> oldLabels = new java.util.LinkedHashSet<>();
                oldLabels.add(row.get("preferredLabel"));
                for (String alt : row.get("altLabels").split("\\r?\\n")) {
                    oldLabels.add(alt);
                }
                for (String label : oldLabels) {
                    if (!label.isBlank() && !current.contains(normalize(label))) {
                        dropped.add(new String[] {uri, label.trim()});
                    }
                }
            }
        }
        return dropped;
    }

    @Test
    void droppedOccupationLabelsStillFindTheirOccupation() throws IOException {
        List<String[]> dropped = droppedLabels();
        assertThat(dropped).hasSize(539);
        int atOne = 0;
        int atTen = 0;
        for (String[] pair : dropped) {
            List<SearchHit> hits = search.search(SearchQuery.of(pair[1], "en", ConceptKind.OCCUPATION, 10));
            int rank = -1;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).uri().equals(pair[0])) {
                    rank = i;
                    break;
                }
            }
            atOne += rank == 0 ? 1 : 0;
            atTen += rank >= 0 ? 1 : 0;
        }
        double r1 = (double) atOne / dropped.size();
        double r10 = (double) atTen / dropped.size();
        System.out.printf(Locale.ROOT, "ESCO search on %d dropped v1.0.x labels: R@1 = %.3f, R@10 = %.3f%n",
                dropped.size(), r1, r10);
        // The target for R@10 is 0.90 (reached: 0.907, see docs/esco.md); R@1 has no target and is kept at
        // the level reached (0.629) so that changes to the ranking cannot make search worse unnoticed.
        assertThat(r10).isGreaterThanOrEqualTo(0.90);
        assertThat(r1).isGreaterThanOrEqualTo(0.625);
    }

    @Test
    void relatedOccupationsShareWordsAndSkills() {
        // ESCO v1.0 called actors "comedian" too; v1.1 gave stand-up comedians an occupation of their own
        String comedian = esco.occupation("2659.2.4").orElseThrow().uri();
        assertThat(search.relatedOccupations(comedian, "en", 5)).extracting(o -> o.labels().preferred().get("en")
                .orElseThrow()).contains("actor/actress", "variety artist").doesNotContain("stand-up comedian");
        String stage = esco.occupation("3435.25.5").orElseThrow().uri();
        assertThat(search.relatedOccupations(stage, "en", 3)).extracting(Occupation::code)
                .allMatch(code -> code.startsWith("3435."));
        assertThat(search.relatedOccupations(stage, "xx", 3)).isEmpty();
        assertThat(search.relatedOccupations("http://example.org/no-such-occupation", "en", 3)).isEmpty();
    }

    @Test
    void aLabelThatMovedToAnotherOccupationStillOffersTheOldOne() {
        // "quantity surveyor" was a label of construction manager in ESCO v1.0; v1.1 made it an occupation of its
        // own, which shares more skills with construction manager than any other occupation does
        List<SearchHit> hits = search.search(SearchQuery.of("quantity surveyor", "en", ConceptKind.OCCUPATION, 10));
        assertThat(hits.get(0).label()).isEqualTo("quantity surveyor");
        assertThat(hits).extracting(SearchHit::label).contains("construction manager");
        // related hits are offered in the order of relatedness, and their scores say so: no ties
        String surveyor = hits.get(0).uri();
        List<String> related = search.relatedOccupations(surveyor, "en", 5).stream().map(Occupation::uri).toList();
        List<SearchHit> offered = hits.stream().filter(hit -> related.contains(hit.uri())).toList();
        assertThat(offered).extracting(SearchHit::score).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aTextTooLongToSearchIsRefusedWithAReason() {
        String text = "rigging of stage lighting under supervision ".repeat(400);
        assertThatThrownBy(() -> search.search(SearchQuery.of(text, "en", null, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too long");
        assertThat(search.search(SearchQuery.of("rigging of stage lighting under supervision ".repeat(10), "en",
                null, 5))).isNotEmpty();
    }

    @Test
    void theatreStageTechnicianFindsStageTechnicianFirst() {
        List<SearchHit> hits = search.search(SearchQuery.of("theatre stage technician", "en", ConceptKind.OCCUPATION,
                5));
        assertThat(hits.get(0).label()).isEqualTo("stage technician");
        assertThat(esco.occupation(hits.get(0).uri()).orElseThrow().code()).isEqualTo("3435.25.5");
    }

    @Test
    void suggestFindsSkillsForAnOutcomeWithFilters() {
        LearningOutcome outcome = LearningOutcome.skill("S7.3", "S7.3", LocalizedText.of("en",
                "Work safely with mobile electrical systems under supervision.", "it", "Lavorare in sicurezza."));
        List<SearchHit> hits = search.suggest(outcome, new SearchQuery("", null, ConceptKind.SKILL, 10,
                Set.of(SkillType.SKILL_COMPETENCE), Set.of(), null));
        assertThat(hits).extracting(SearchHit::uri)
                .contains("http://data.europa.eu/esco/skill/39f55791-434d-4169-9a46-c000a2859a66");
        assertThat(hits).allMatch(h -> esco.skill(h.uri()).orElseThrow().type() == SkillType.SKILL_COMPETENCE);
        String stage = esco.occupation("3435.25.5").orElseThrow().uri();
        List<SearchHit> preferring = search.suggest(outcome, new SearchQuery("", null, ConceptKind.SKILL, 5,
                Set.of(), Set.of(), stage));
        assertThat(preferring).isNotEmpty();
    }
}
