package org.kulisse.examples.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.testing.SharedData;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.GapAnalysis;
import org.kulisse.esco.SkillProfiles;
import org.kulisse.esco.rdf.FrameworkRdf;
import org.kulisse.esco.rdf.FrameworkShapes;
import org.kulisse.esco.rdf.RdfFormat;
import org.kulisse.esco.store.FrameworkStore;
import org.kulisse.esco.store.QueryParams;
import org.kulisse.esco.store.QueryRows;
import org.kulisse.esco.store.ReadyQuery;
import org.kulisse.examples.Backstage;

class BackstageRdfTest {

    @Test
    void theBackstageFrameworkRoundTripsThroughEveryFormat() {
        CompetenceFramework framework = Backstage.framework();
        String json = KulisseJson.create().writeString(framework);
        Model reference = FrameworkRdf.toModel(framework);
        for (RdfFormat format : RdfFormat.values()) {
            String text = FrameworkRdf.writeString(framework, format);
            CompetenceFramework back = FrameworkRdf.read(text, format);
            assertThat(KulisseJson.create().writeString(back)).as(format.name()).isEqualTo(json);
            Model parsed = FrameworkRdf.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    format, format.name());
            assertThat(parsed.isIsomorphicWith(reference)).as(format.name()).isTrue();
        }
        assertThat(framework.mappings()).hasSize(59);
    }

    @Test
    void theBackstageGraphConformsToTheShapes() {
        assertThat(FrameworkShapes.validate(Backstage.framework()).findings()).isEmpty();
    }

    /** The learner of the demo holds U3 and U7: SPARQL over the graphs and the Java bit sets must agree. */
    @Test
    void theGapQueryAgreesWithTheJavaGapForStageTechnician() {
        EscoTaxonomy esco = EscoLoader.create().folder(SharedData.require("esco/theatre-subset-v1.1.1")).load();
        CompetenceFramework framework = Backstage.framework();
        GapAnalysis analysis = GapAnalysis.of(SkillProfiles.of(esco));
        GapAnalysis.Gap gap = analysis.gap(analysis.holdings(framework, List.of("U3", "U7")), "3435.25.5");
        try (FrameworkStore store = FrameworkStore.inMemory()) {
            String graph = store.put(framework);
            store.put(esco);
            QueryRows rows = store.select(ReadyQuery.GAP, QueryParams.create().iri("framework", graph)
                    .iri("occupation", gap.occupation()).text("units", "U3 U7"));
            Set<String> essentialCovered = new HashSet<>();
            Set<String> essentialMissing = new HashSet<>();
            rows.rows().stream().filter(r -> r.get("relation").asLiteral().getString().equals("essential"))
                    .forEach(r -> (r.get("coveredBy").asLiteral().getString().isEmpty() ? essentialMissing
                            : essentialCovered).add(r.get("skill").asResource().getURI()));
            assertThat(gap.essentialCovered()).isNotEmpty();
            assertThat(essentialCovered).containsExactlyInAnyOrderElementsOf(gap.essentialCovered());
            assertThat(essentialMissing).containsExactlyInAnyOrderElementsOf(gap.essentialMissing());
        }
    }
}
