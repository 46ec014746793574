package org.kulisse.esco.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.kulisse.core.ImportException;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.testing.FrameworkArbitraries;
import org.kulisse.core.testing.Fixtures;
import org.kulisse.core.testing.SharedData;

class FrameworkRdfTest {
    private static final String ELM = "http://data.europa.eu/snb/model/elm/";

    static CompetenceFramework withMappings() {
        CompetenceFramework f = Fixtures.riggingWithExtensions();
        return f.withMappings(List.of(
                new Mapping("RIG-U1-K1", Mapping.CLOSE, "http://data.europa.eu/esco/skill/aaaaaaaa-0000-0000-0000-"
                        + "000000000001", "rigging equipment", Mapping.MANUAL_CURATION, new BigDecimal("0.90"),
                        "A. Tester", LocalDate.of(2026, 1, 2), "v1.1.1", "checked twice"),
                new Mapping("RIG-U2", Mapping.BROAD, "http://data.europa.eu/esco/skill/bbbbbbbb-0000-0000-0000-"
                        + "000000000002", null, Mapping.LEXICAL_MATCHING, null, null, null, null, null)));
    }

    @Test
    void everyFormatRoundTripsAndTheGraphsAreIsomorphic() {
        CompetenceFramework framework = withMappings();
        Model reference = FrameworkRdf.toModel(framework);
        String json = KulisseJson.create().writeString(framework);
        for (RdfFormat format : RdfFormat.values()) {
            String text = FrameworkRdf.writeString(framework, format);
            CompetenceFramework back = FrameworkRdf.read(text, format);
            assertThat(back).as(format.name()).isEqualTo(framework);
            assertThat(KulisseJson.create().writeString(back)).as(format.name()).isEqualTo(json);
            Model parsed = FrameworkRdf.parse(new java.io.ByteArrayInputStream(text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), format, format.name());
            assertThat(parsed.isIsomorphicWith(reference)).as(format.name()).isTrue();
        }
    }

    @Provide
    Arbitrary<CompetenceFramework> frameworks() {
        return FrameworkArbitraries.frameworks();
    }

    @Property(tries = 60)
    void generatedFrameworksRoundTripThroughTurtle(@ForAll("frameworks") CompetenceFramework framework) {
        String turtle = FrameworkRdf.writeString(framework, RdfFormat.TURTLE);
        CompetenceFramework back = FrameworkRdf.read(turtle, RdfFormat.TURTLE);
        assertThat(back).isEqualTo(framework);
        // as JSON trees: RDF keeps no order among the languages of a text unless the framework lists them
        tools.jackson.databind.ObjectMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(mapper.readTree(KulisseJson.create().writeString(back)))
                .isEqualTo(mapper.readTree(KulisseJson.create().writeString(framework)));
    }

    @Test
    void usesElmForWhatElmHasAndDeterministicIris() {
        Model m = FrameworkRdf.toModel(withMappings());
        String base = "https://example.org/frameworks/rigging/";
        var q = m.getResource(base + "qualification/RIG-Q");
        assertThat(q.hasProperty(RDF.type, m.getResource(ELM + "Qualification"))).isTrue();
        assertThat(q.getPropertyResourceValue(m.getProperty(ELM + "EQFLevel")).getURI())
                .isEqualTo("http://data.europa.eu/snb/eqf/4");
        Statement point = q.getPropertyResourceValue(m.getProperty(ELM + "creditPoint"))
                .getProperty(m.getProperty(ELM + "point"));
        assertThat(point.getLiteral().getDatatypeURI()).endsWith("#string");
        assertThat(point.getString()).isEqualTo("20");
        var skill = m.getResource(base + "outcome/RIG-U1-S1");
        assertThat(skill.getPropertyResourceValue(m.getProperty(ELM + "relatedESCOSkill")).getURI())
                .isEqualTo("http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000001");
        assertThat(m.getResource(base + "outcome/RIG-U1-K1").hasProperty(
                m.getProperty(Mapping.CLOSE))).isTrue();
    }

    @Test
    void everyElmTermTheWriterEmitsIsInTheOntology() {
        Model ontology = RDFDataMgr.loadModel(SharedData.require("esco/elm-eu-vocabularies/ontology/ELM.ttl")
                .toString());
        Set<String> used = new HashSet<>();
        Model m = FrameworkRdf.toModel(withMappings());
        m.listStatements().forEachRemaining(s -> {
            used.add(s.getPredicate().getURI());
            RDFNode o = s.getObject();
            if (s.getPredicate().equals(RDF.type) && o.isURIResource()) {
                used.add(o.asResource().getURI());
            }
        });
        List<String> elm = used.stream().filter(t -> t.startsWith(ELM)).sorted().toList();
        assertThat(elm).isNotEmpty();
        for (String term : elm) {
            assertThat(ontology.containsResource(ontology.getResource(term))).as(term).isTrue();
        }
    }

    @Test
    void badInputIsReportedWithItsPosition() {
        assertThatThrownBy(() -> FrameworkRdf.read("@prefix ex: <http://example.org/> .\nex:a ex:b ", RdfFormat.TURTLE))
                .isInstanceOf(ImportException.class).satisfies(e -> assertThat(((ImportException) e).line())
                        .isEqualTo(2));
        assertThatThrownBy(() -> FrameworkRdf.fromModel(ModelFactory.createDefaultModel()))
                .isInstanceOf(ImportException.class).hasMessageContaining("found 0");
        assertThatThrownBy(() -> FrameworkRdf.read(Path.of("framework.csv")))
                .isInstanceOf(ImportException.class).hasMessageContaining("unknown RDF format");
    }
}
