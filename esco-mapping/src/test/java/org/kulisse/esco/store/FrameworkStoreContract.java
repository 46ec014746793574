package org.kulisse.esco.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.testing.Fixtures;
import org.kulisse.core.testing.SharedData;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.GapAnalysis;
import org.kulisse.esco.GapFixtures;
import org.kulisse.esco.SkillProfiles;
import org.kulisse.esco.rdf.EscoRdf;
import org.kulisse.esco.rdf.FrameworkRdf;
import org.kulisse.esco.rdf.RdfFormat;

/** What every store does the same way; each backend runs it. */
abstract class FrameworkStoreContract {
    static EscoTaxonomy esco;
    FrameworkStore store;

    abstract FrameworkStore open() throws Exception;

    /** The framework as this store gives it back (the same, unless the store keeps literals by value). */
    CompetenceFramework stored(CompetenceFramework framework) {
        return framework;
    }

    @BeforeAll
    static void loadEsco() {
        esco = EscoLoader.create().folder(SharedData.require("esco/theatre-subset-v1.1.1")).load();
    }

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aFrameworkGoesInItsOwnGraphAndComesBackEqual() {
        CompetenceFramework rigging = Fixtures.rigging();
        String graph = store.put(rigging);
        assertThat(graph).isEqualTo(FrameworkRdf.iri(rigging));
        assertThat(store.graphs()).contains(graph);
        assertThat(store.framework(graph)).isEqualTo(stored(rigging));
        long size = store.graph(graph).size();
        store.put(rigging);
        assertThat(store.graph(graph).size()).as("put replaces").isEqualTo(size);
        assertThat(store.delete(graph)).isTrue();
        assertThat(store.graphs()).doesNotContain(graph);
        assertThat(store.delete(graph)).isFalse();
        assertThatThrownBy(() -> store.framework(graph)).isInstanceOf(StoreException.class);
    }

    @Test
    void theReadyMadeGapQueryAgreesWithTheJavaGapAnalysis() {
        CompetenceFramework framework = GapFixtures.stageFrameworkWithMappings(esco);
        String graph = store.put(framework);
        assertThat(store.put(esco)).isEqualTo(EscoRdf.graphIri(esco));
        String occupation = esco.occupation(GapFixtures.STAGE_TECHNICIAN).orElseThrow().uri();
        GapAnalysis analysis = GapAnalysis.of(SkillProfiles.of(esco));
        for (List<String> achieved : List.of(List.of("A"), List.of("A", "B"), List.of("A2"), List.of("B", "A3"))) {
            GapAnalysis.Gap gap = analysis.gap(analysis.holdings(framework, achieved), occupation);
            QueryRows rows = store.select(ReadyQuery.GAP, QueryParams.create().iri("framework", graph)
                    .iri("occupation", occupation).text("units", String.join(" ", achieved)));
            Map<String, List<String>> covered = new LinkedHashMap<>();
            Set<String> essentialMissing = new HashSet<>();
            Set<String> optionalMissing = new HashSet<>();
            for (Map<String, org.apache.jena.rdf.model.RDFNode> row : rows.rows()) {
                String skill = row.get("skill").toString();
                String by = row.containsKey("coveredBy") ? row.get("coveredBy").asLiteral().getString() : "";
                boolean essential = row.get("relation").toString().equals("essential");
                if (by.isEmpty()) {
                    (essential ? essentialMissing : optionalMissing).add(skill);
                } else {
                    covered.put(skill, Arrays.stream(by.split(" ")).sorted().toList());
                }
            }
            assertThat(essentialMissing).as("%s", achieved).containsExactlyInAnyOrderElementsOf(
                    gap.essentialMissing());
            assertThat(optionalMissing).containsExactlyInAnyOrderElementsOf(gap.optionalMissing());
            Map<String, List<String>> expected = new LinkedHashMap<>();
            gap.coveredBy().forEach((skill, units) -> expected.put(skill, units.stream().sorted().toList()));
            assertThat(covered).as("%s", achieved).isEqualTo(expected);
            assertThat(rows.size()).isEqualTo(gap.essentialCovered().size() + gap.essentialMissing().size()
                    + gap.optionalCovered().size() + gap.optionalMissing().size());
        }
    }

    @Test
    void theOtherReadyMadeQueriesAnswer() {
        CompetenceFramework framework = GapFixtures.stageFrameworkWithMappings(esco);
        String graph = store.put(framework);
        store.put(esco);
        String rigging = store.put(Fixtures.rigging());
        String firstEssential = esco.essentialSkills(esco.occupation(GapFixtures.STAGE_TECHNICIAN).orElseThrow()
                .uri()).get(0).uri();

        QueryRows unitSkills = store.select(ReadyQuery.UNIT_SKILLS, QueryParams.create().iri("framework", graph)
                .text("unit", "A"));
        assertThat(unitSkills.column("skill")).hasSize(4).contains(firstEssential);
        assertThat(unitSkills.column("label")).hasSize(4).doesNotContainNull();
        assertThat(store.select(ReadyQuery.UNIT_SKILLS, QueryParams.create().iri("framework", graph)
                .text("unit", "B")).column("how")).containsExactlyInAnyOrder("relatedESCOSkill", "relatedESCOSkill",
                "http://www.w3.org/2004/02/skos/core#broadMatch");

        QueryRows covering = store.select(ReadyQuery.UNITS_COVERING_SKILL, QueryParams.create()
                .iri("skill", firstEssential));
        assertThat(covering.column("unitCode")).containsExactly("A");
        assertThat(covering.column("framework")).containsExactly(graph);

        QueryRows byEqf = store.select(ReadyQuery.FRAMEWORKS_BY_EQF, QueryParams.create()
                .iri("eqf", "http://data.europa.eu/snb/eqf/4"));
        assertThat(byEqf.column("framework")).containsExactly(rigging);
        assertThat(byEqf.column("identifier")).containsExactly("RIG-Q");
        assertThat(store.select(ReadyQuery.FRAMEWORKS_BY_EQF, QueryParams.create()
                .iri("eqf", "http://data.europa.eu/snb/eqf/8")).size()).isZero();

        // the same framework under another IRI: each unit corresponds to itself first
        CompetenceFramework copy = CompetenceFramework.builder("urn:gap-copy").title(framework.title())
                .languages("en").units(framework.units()).build().withMappings(framework.mappings());
        String copyGraph = store.put(copy);
        QueryRows crosswalk = store.select(ReadyQuery.CROSSWALK, QueryParams.create().iri("frameworkA", graph)
                .iri("frameworkB", copyGraph));
        assertThat(crosswalk.rows().get(0).get("codeA").toString()).isEqualTo("A");
        assertThat(crosswalk.rows().get(0).get("codeB").toString()).isEqualTo("A");
        assertThat(crosswalk.rows().get(0).get("shared").asLiteral().getInt()).isEqualTo(4);
    }

    @Test
    void valuesAreParametersNeverQueryText() {
        String graph = store.put(Fixtures.rigging());
        String hostile = "RIG-Q\" } } ; DROP ALL ; SELECT * { ?s ?p \"";
        QueryRows rows = store.select("PREFIX dc: <http://purl.org/dc/terms/> SELECT ?q WHERE { GRAPH ?g { ?q "
                + "dc:identifier ?id } }", QueryParams.create().text("id", hostile));
        assertThat(rows.size()).isZero();
        assertThat(store.graphs()).contains(graph);
        assertThat(store.ask("PREFIX dc: <http://purl.org/dc/terms/> ASK { GRAPH ?g { ?q dc:identifier ?id } }",
                QueryParams.create().text("id", "RIG-Q"))).isTrue();
        assertThatThrownBy(() -> QueryParams.create().iri("g", "not an iri> . <x")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void updatesConstructsAndStreamsWork() {
        store.update("PREFIX ex: <http://example.org/> INSERT { GRAPH ?g { ex:a ex:name ?name } } WHERE {}",
                QueryParams.create().iri("g", "http://example.org/g").text("name", "Anna"));
        assertThat(store.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                QueryParams.create().iri("g", "http://example.org/g")).size()).isEqualTo(1);
        store.add("http://example.org/g", new ByteArrayInputStream(
                "<http://example.org/b> <http://example.org/name> \"Ben\" .\n".getBytes(StandardCharsets.UTF_8)),
                RdfFormat.NTRIPLES);
        assertThat(store.graph("http://example.org/g").size()).isEqualTo(2);
        assertThatThrownBy(() -> store.add("http://example.org/g", new ByteArrayInputStream(
                "<http://example.org/c> <http://example.org/name> .\n".getBytes(StandardCharsets.UTF_8)),
                RdfFormat.NTRIPLES)).isInstanceOf(ImportException.class);
        assertThat(store.graph("http://example.org/g").size()).as("a failed load changes nothing").isEqualTo(2);
    }

    @Test
    void aBadQueryIsLocated() {
        assertThatThrownBy(() -> store.select("SELECT ?s WHERE {\n ?s ?p }", QueryParams.create()))
                .isInstanceOf(ImportException.class).satisfies(e -> assertThat(((ImportException) e).line())
                        .isEqualTo(2));
        assertThatThrownBy(() -> store.select("ASK { ?s ?p ?o }", QueryParams.create()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
