package org.kulisse.europass.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kulisse.core.testing.SharedData;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official EDC shapes (generic profile, structure and vocabularies) with the ELM ontology, for checking
 * credentials in tests. Credentials are parsed as JSON-LD 1.1 with the local copies of their two remote contexts.
 */
public final class EdcShapes {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static EdcShapes loaded;

    private final Shapes shapes;
    private final Graph ontology;
    private final ArrayNode contexts;

    private EdcShapes(Path elm) throws IOException {
        Graph shapeGraph = GraphFactory.createDefaultGraph();
        // Jena does not follow owl:imports: the full profile is loaded next to the structural one
        RDFParser.source(elm.resolve("shapes/EDC-generic-no-cv.ttl")).parse(shapeGraph);
        RDFParser.source(elm.resolve("shapes/EDC-generic-full.ttl")).parse(shapeGraph);
        shapes = Shapes.parse(shapeGraph);
        ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(elm.resolve("ontology/ELM.ttl")).parse(ontology);
        contexts = JSON.createArrayNode();
        for (String context : List.of("w3c-credentials-v1.jsonld", "edc-ap-context.jsonld")) {
            contexts.add(JSON.readTree(Files.readString(elm.resolve("context/" + context))).get("@context"));
        }
    }

    /** The shapes from the shared data (a skip, or a failure in CI, when it is absent). */
    public static synchronized EdcShapes load() {
        if (loaded == null) {
            try {
                loaded = new EdcShapes(SharedData.require("europass/elm/v3-jsonld"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    /** The credential as RDF. */
    public Graph parse(String credential) {
        ObjectNode tree = (ObjectNode) JSON.readTree(credential);
        String context = tree.get("@context").toString();
        if (!context.contains("credentials/v1") || !context.contains("context/edc-ap")) {
            throw new IllegalArgumentException("not an EDC credential context: " + context);
        }
        tree.set("@context", contexts);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(tree.toString(), Lang.JSONLD11).parse(graph);
        return graph;
    }

    /** The violations of the credential, one line each: severity, path, focus node, message. */
    public List<String> violations(String credential) {
        Graph data = parse(credential);
        ontology.find().forEach(data::add);
        return ShaclValidator.get().validate(shapes, data).getEntries().stream().map(EdcShapes::describe).toList();
    }

    private static String describe(ReportEntry e) {
        return e.severity().level().getLocalName() + " " + e.resultPath() + " on " + e.focusNode() + ": "
                + e.message();
    }
}
