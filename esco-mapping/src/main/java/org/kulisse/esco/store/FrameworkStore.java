package org.kulisse.esco.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.internal.store.ConnectionStore;
import org.kulisse.esco.rdf.RdfFormat;

/**
 * Frameworks, ESCO and any other RDF in named graphs, queried with SPARQL, behind one interface for three places the
 * data may live: an in-memory dataset, a TDB2 folder (persistent, every change one transaction) and a remote SPARQL
 * 1.1 server (query, update and graph store protocol on one dataset URL, as Fuseki serves them). Each framework is in
 * the graph named by its IRI, a taxonomy in {@code urn:kulisse:esco:VERSION}. Queries take their values as
 * {@link QueryParams}, put into the parsed query, never into its text.
 *
 * <pre>{@code
 * try (FrameworkStore store = FrameworkStore.tdb2(Path.of("store"))) {
 *     String graph = store.put(framework);
 *     QueryRows gap = store.select(ReadyQuery.GAP, QueryParams.create().iri("framework", graph)
 *             .iri("occupation", stageTechnician).text("units", "U3 U7"));
 * }
 * }</pre>
 */
public interface FrameworkStore extends AutoCloseable {

    /** A new, empty in-memory store (transactional, gone when closed). */
    static FrameworkStore inMemory() {
        return ConnectionStore.inMemory();
    }

    /** The TDB2 database in a folder, created when the folder is empty or missing. */
    static FrameworkStore tdb2(Path folder) {
        return ConnectionStore.tdb2(folder);
    }

    /** A dataset on a SPARQL 1.1 server, e.g. {@code http://localhost:3030/kulisse}. */
    static FrameworkStore remote(String datasetUrl) {
        return ConnectionStore.remote(datasetUrl);
    }

    /** A remote store for an {@code http(s)://} URL, else the TDB2 database in that folder. */
    static FrameworkStore open(String folderOrUrl) {
        return folderOrUrl.startsWith("http://") || folderOrUrl.startsWith("https://") ? remote(folderOrUrl)
                : tdb2(Path.of(folderOrUrl));
    }

    /** Where the data lives, for people: {@code memory}, {@code tdb2:FOLDER} or the URL. */
    String location();

    /** Stores a framework in its graph, replacing what that graph held; returns the graph's IRI. */
    String put(CompetenceFramework framework);

    /** Stores a taxonomy in its graph, replacing what that graph held; returns the graph's IRI. */
    String put(EscoTaxonomy esco);

    /** Replaces a graph's content. */
    void put(String graph, Model model);

    /** Adds triples to a graph. */
    void add(String graph, Model model);

    /** Adds an RDF file (format by extension) to a graph, streaming where the store is local. */
    void add(String graph, Path file);

    /** Adds RDF read from a stream to a graph, in one transaction; a failure midway leaves the graph as it was. */
    void add(String graph, InputStream in, RdfFormat format);

    /** Removes a graph; false when there was none. */
    boolean delete(String graph);

    /** The named graphs, sorted. */
    List<String> graphs();

    /** A copy of a graph (empty when there is none). */
    Model graph(String graph);

    /** The framework stored in a graph. */
    CompetenceFramework framework(String graph);

    QueryRows select(String query, QueryParams params);

    Model construct(String query, QueryParams params);

    boolean ask(String query, QueryParams params);

    /** A SPARQL 1.1 update, as one transaction. */
    void update(String update, QueryParams params);

    default QueryRows select(ReadyQuery query, QueryParams params) {
        return select(query.text(), params);
    }

    @Override
    void close();
}
