package org.kulisse.esco.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.kulisse.core.testing.Fixtures;

class FrameworkShapesTest {
    private static final String ELM = "http://data.europa.eu/snb/model/elm/";
    private static final String DC = "http://purl.org/dc/terms/";
    private static final String BASE = "https://example.org/frameworks/rigging/";

    private static Model rigging() {
        return FrameworkRdf.toModel(FrameworkRdfTest.withMappings());
    }

    @Test
    void whatTheWriterWritesConforms() {
        ShaclReport report = FrameworkShapes.validate(rigging());
        assertThat(report.findings()).isEmpty();
        assertThat(report.conforms()).isTrue();
        assertThat(FrameworkShapes.validate(Fixtures.rigging()).conforms()).isTrue();
    }

    @Test
    void aUnitWithoutOutcomesIsReportedAtTheUnit() {
        Model m = rigging();
        Resource unit = m.getResource(BASE + "unit/RIG-U2");
        m.removeAll(unit, m.getProperty(ELM + "learningOutcome"), null);
        ShaclReport report = FrameworkShapes.validate(m);
        assertThat(report.conforms()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.focusNode()).isEqualTo("<" + BASE + "unit/RIG-U2>");
            assertThat(f.path()).isEqualTo("elm:learningOutcome");
            assertThat(f.message()).contains("at least one learning outcome");
            assertThat(f.toString()).startsWith("Violation at <" + BASE + "unit/RIG-U2> elm:learningOutcome");
        });
    }

    @Test
    void brokenLevelsPointsOutcomesAndMappingsAreEachNamed() {
        Model m = rigging();
        Resource q = m.getResource(BASE + "qualification/RIG-Q");
        m.removeAll(q, m.getProperty(ELM + "EQFLevel"), null);
        q.addProperty(m.getProperty(ELM + "EQFLevel"), m.createResource("http://data.europa.eu/snb/eqf/9"));
        Resource points = q.getPropertyResourceValue(m.getProperty(ELM + "creditPoint"));
        m.removeAll(points, m.getProperty(ELM + "point"), null);
        points.addProperty(m.getProperty(ELM + "point"), "twenty");
        Resource outcome = m.getResource(BASE + "outcome/RIG-U1-K1");
        outcome.addProperty(RDF.type, m.getResource(KulisseVocab.SKILL));
        m.removeAll(outcome, m.getProperty(DC + "identifier"), null);
        Resource axiom = m.listResourcesWithProperty(RDF.type, m.getResource("http://www.w3.org/2002/07/owl#Axiom"))
                .toList().get(0);
        m.removeAll(axiom, m.getProperty("https://w3id.org/sssom/confidence"), null);
        axiom.addLiteral(m.getProperty("https://w3id.org/sssom/confidence"), m.createTypedLiteral(
                new java.math.BigDecimal("1.5")));

        ShaclReport report = FrameworkShapes.validate(m);
        assertThat(report.conforms()).isFalse();
        assertThat(report.findings()).extracting(ShaclReport.Finding::message).containsExactlyInAnyOrder(
                "the EQF level is one of the eight EU vocabulary concepts eqf/1 ... eqf/8",
                "credit points are one non-negative decimal number, written as a string",
                "a learning outcome has exactly one identifier",
                "a learning outcome is exactly one of kulisse:Knowledge, kulisse:Skill, kulisse:Competence",
                "a mapping's confidence is a decimal from 0 to 1");
    }

    @Test
    void aQualificationNamingAMissingUnitFails() {
        Model m = rigging();
        m.getResource(BASE + "qualification/RIG-Q").addProperty(m.getProperty(ELM + "hasPart"),
                m.createResource(BASE + "unit/NOPE"));
        assertThat(FrameworkShapes.validate(m).findings()).extracting(ShaclReport.Finding::value)
                .containsExactly("<" + BASE + "unit/NOPE>");
    }

    @Test
    void theShapesAreThereToPublish() {
        assertThat(FrameworkShapes.shapesGraph().size()).isGreaterThan(50);
    }
}
