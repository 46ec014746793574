package org.kulisse.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.kulisse.core.ImportException;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.rdf.FrameworkRdf;
import org.kulisse.esco.rdf.KulisseVocab;
import org.kulisse.esco.rdf.RdfFormat;
import org.kulisse.esco.store.FrameworkStore;
import org.kulisse.esco.store.QueryParams;
import tools.jackson.databind.node.ObjectNode;

/** Puts files into a store the way {@code kulisse rdf load} and {@code kulisse query --data} do. */
final class StoreFiles {
    private final FrameworkStore store;
    private final PrintWriter err;

    StoreFiles(FrameworkStore store, PrintWriter err) {
        this.store = store;
        this.err = err;
    }

    /**
     * A framework (any format, or its RDF) into the graph of its IRI; other RDF into {@code graph}, or a graph named
     * after the file. Returns what went where.
     */
    ObjectNode load(Path file, String graph) {
        long start = System.nanoTime();
        String target;
        String kind;
        if (FrameworkFiles.isRdf(file)) {
            Model model;
            try (InputStream in = Files.newInputStream(file)) {
                model = FrameworkRdf.parse(in, RdfFormat.ofFile(file.getFileName().toString()), file.toString());
            } catch (IOException e) {
                throw new ImportException("cannot read: " + e.getMessage(), file.toString(), 0, 0, null, e);
            }
            if (model.contains(null, RDF.type, model.createResource(KulisseVocab.COMPETENCE_FRAMEWORK))) {
                target = store.put(FrameworkRdf.fromModel(model));
                kind = "framework";
            } else {
                target = graph != null ? graph : "urn:kulisse:file:" + URLEncoder.encode(file.getFileName()
                        .toString(), StandardCharsets.UTF_8);
                store.put(target, model);
                kind = "rdf";
            }
        } else {
            target = store.put(FrameworkFiles.read(file, err));
            kind = "framework";
        }
        progress(file.toString(), target, start);
        return summary(file.toString(), target, kind);
    }

    ObjectNode loadEsco(EscoTaxonomy esco) {
        long start = System.nanoTime();
        String target = store.put(esco);
        progress("ESCO " + esco.version(), target, start);
        return summary("ESCO " + esco.version(), target, "esco");
    }

    private ObjectNode summary(String what, String graph, String kind) {
        ObjectNode node = Json.object();
        node.put("source", what);
        node.put("kind", kind);
        node.put("graph", graph);
        node.put("triples", Long.parseLong(store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                QueryParams.create().iri("g", graph)).column("n").get(0)));
        return node;
    }

    /** Loads over a second say so on stderr. */
    private void progress(String what, String graph, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > 1000) {
            err.println("  loaded " + what + " into " + graph + " in " + millis / 1000.0 + " s");
            err.flush();
        }
    }
}
