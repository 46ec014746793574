package org.kulisse.esco.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kulisse.core.ConfigurationException;
import org.kulisse.core.model.CompetenceFramework;

/**
 * The SHACL shapes for Kulisse framework graphs (shipped in the jar as {@value #RESOURCE}) and validation against
 * them. A report never throws for bad data: it lists each finding with its focus node, path and message.
 *
 * <pre>{@code
 * ShaclReport report = FrameworkShapes.validate(FrameworkRdf.toModel(framework));
 * report.findings().forEach(System.out::println);
 * }</pre>
 */
public final class FrameworkShapes {
    /** The shapes file, as a class-path resource. */
    public static final String RESOURCE = "/org/kulisse/esco/rdf/kulisse-framework-shapes.ttl";
    private static final Shapes SHAPES = Shapes.parse(load());

    private FrameworkShapes() {
    }

    /** The shapes as a graph (a copy), e.g. to publish them beside the data. */
    public static Graph shapesGraph() {
        Graph copy = GraphFactory.createDefaultGraph();
        load().find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(SHAPES.getGraph().getPrefixMapping());
        return copy;
    }

    public static ShaclReport validate(Model model) {
        return validate(model.getGraph());
    }

    public static ShaclReport validate(CompetenceFramework framework) {
        return validate(FrameworkRdf.toModel(framework));
    }

    public static ShaclReport validate(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(SHAPES.getGraph().getPrefixMapping());
        List<ShaclReport.Finding> findings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            findings.add(new ShaclReport.Finding(e.severity().level().getLocalName(), show(e.focusNode(), prefixes),
                    e.resultPath() == null ? null : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)),
                    e.value() == null ? null : show(e.value(), prefixes), e.message()));
        }
        findings.sort(java.util.Comparator.comparing(ShaclReport.Finding::focusNode)
                .thenComparing(f -> f.path() == null ? "" : f.path()).thenComparing(ShaclReport.Finding::message));
        return new ShaclReport(report.conforms(), findings);
    }

    private static String show(Node node, PrefixMapping prefixes) {
        if (node.isURI()) {
            String qname = prefixes.qnameFor(node.getURI());
            return qname != null ? qname : "<" + node.getURI() + ">";
        }
        return node.isBlank() ? "[]" : node.toString(prefixes);
    }

    private static Graph load() {
        try (InputStream in = FrameworkShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ConfigurationException("the jar lacks " + RESOURCE);
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
