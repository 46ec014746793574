package org.kulisse.esco.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.internal.rdf.RdfErrors;
import org.kulisse.esco.rdf.EscoRdf;
import org.kulisse.esco.rdf.FrameworkRdf;
import org.kulisse.esco.rdf.RdfFormat;
import org.kulisse.esco.store.FrameworkStore;
import org.kulisse.esco.store.QueryParams;
import org.kulisse.esco.store.QueryRows;
import org.kulisse.esco.store.StoreException;

/**
 * One implementation for all three stores: Jena's RDFConnection over a local dataset (memory, TDB2) or a remote
 * SPARQL endpoint. Local datasets are written in explicit transactions; the remote server makes each request atomic.
 */
public final class ConnectionStore implements FrameworkStore {
    private final String location;
    private final Dataset dataset;
    private final Supplier<RDFConnection> connections;
    private final RDFConnection local;

    private ConnectionStore(String location, Dataset dataset, Supplier<RDFConnection> connections) {
        this.location = location;
        this.dataset = dataset;
        this.connections = connections;
        this.local = dataset == null ? null : RDFConnection.connect(dataset);
    }

    public static ConnectionStore inMemory() {
        return new ConnectionStore("memory", DatasetFactory.createTxnMem(), null);
    }

    public static ConnectionStore tdb2(Path folder) {
        try {
            Files.createDirectories(folder);
            return new ConnectionStore("tdb2:" + folder, TDB2Factory.connectDataset(folder.toString()), null);
        } catch (IOException | JenaException e) {
            throw new StoreException("cannot open the TDB2 store in " + folder + ": " + e.getMessage(), e);
        }
    }

    public static ConnectionStore remote(String url) {
        return new ConnectionStore(url, null, () -> RDFConnectionRemote.service(url).build());
    }

    @Override
    public String location() {
        return location;
    }

    /** Runs an action on a connection: the local one, or a new one to the server (closed afterwards). */
    private <T> T with(java.util.function.Function<RDFConnection, T> action) {
        try {
            if (local != null) {
                return action.apply(local);
            }
            try (RDFConnection c = connections.get()) {
                return action.apply(c);
            }
        } catch (HttpException e) {
            throw new StoreException(location + ": " + e.getMessage(), e);
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            throw new StoreException(location + ": " + e.getMessage(), e);
        }
    }

    private void write(java.util.function.Consumer<RDFConnection> action) {
        with(c -> {
            if (dataset != null) {
                Txn.executeWrite(dataset, () -> action.accept(c));
            } else {
                action.accept(c);
            }
            return null;
        });
    }

    @Override
    public String put(CompetenceFramework framework) {
        String graph = FrameworkRdf.iri(framework);
        put(graph, FrameworkRdf.toModel(framework));
        return graph;
    }

    @Override
    public String put(EscoTaxonomy esco) {
        String graph = EscoRdf.graphIri(esco);
        if (dataset != null) {
            // stream the taxonomy straight into the stored graph: no copy in between
            Txn.executeWrite(dataset, () -> {
                clear(graph);
                var sink = StreamRDFLib.graph(target(graph));
                sink.start();
                EscoRdf.emit(esco, sink);
                sink.finish();
            });
        } else {
            put(graph, EscoRdf.toModel(esco));
        }
        return graph;
    }

    @Override
    public void put(String graph, Model model) {
        if (dataset != null) {
            Txn.executeWrite(dataset, () -> {
                clear(graph);
                target(graph).getPrefixMapping().setNsPrefixes(model.getNsPrefixMap());
                model.getGraph().find().forEachRemaining(target(graph)::add);
            });
        } else {
            write(c -> c.put(graph, model));
        }
    }

    @Override
    public void add(String graph, Model model) {
        if (dataset != null) {
            Txn.executeWrite(dataset, () -> model.getGraph().find().forEachRemaining(target(graph)::add));
        } else {
            write(c -> c.load(graph, model));
        }
    }

    /** The stored graph itself (local datasets, inside a transaction). */
    private Graph target(String graph) {
        return dataset.asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(graph));
    }

    private void clear(String graph) {
        // removeGraph works on TDB2's node ids; deleteAny matches by node and misses literals TDB2 keeps by value
        dataset.asDatasetGraph().removeGraph(org.apache.jena.graph.NodeFactory.createURI(graph));
    }

    @Override
    public void add(String graph, Path file) {
        RdfFormat format;
        try {
            format = RdfFormat.ofFile(file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage(), file.toString(), 0, 0, null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            add(graph, in, format, file.toString());
        } catch (IOException e) {
            throw new ImportException("cannot read: " + e.getMessage(), file.toString(), 0, 0, null, e);
        }
    }

    @Override
    public void add(String graph, InputStream in, RdfFormat format) {
        add(graph, in, format, null);
    }

    private void add(String graph, InputStream in, RdfFormat format, String source) {
        try {
            if (dataset != null) {
                Txn.executeWrite(dataset, () -> RDFParser.source(in).lang(format.lang())
                        .errorHandler(RdfErrors.strict(source)).parse(StreamRDFLib.graph(target(graph))));
            } else {
                Model model = ModelFactory.createDefaultModel();
                RDFParser.source(in).lang(format.lang()).errorHandler(RdfErrors.strict(source)).parse(model);
                add(graph, model);
            }
        } catch (RdfErrors.Located e) {
            throw e.toImportException();
        } catch (RiotException e) {
            throw new ImportException(e.getMessage(), source, -1, -1, null, e);
        }
    }

    @Override
    public boolean delete(String graph) {
        if (!graphs().contains(graph)) {
            return false;
        }
        if (dataset != null) {
            Txn.executeWrite(dataset, () -> clear(graph));
        } else {
            write(c -> c.delete(graph));
        }
        return true;
    }

    @Override
    public List<String> graphs() {
        QueryRows rows = select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", QueryParams.create());
        return List.copyOf(new ArrayList<>(rows.column("g")));
    }

    @Override
    public Model graph(String graph) {
        return construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?graph { ?s ?p ?o } }",
                QueryParams.create().iri("graph", graph));
    }

    @Override
    public CompetenceFramework framework(String graph) {
        Model model = graph(graph);
        if (model.isEmpty()) {
            throw new StoreException(location + " has no graph " + graph);
        }
        return FrameworkRdf.fromModel(model);
    }

    private static Query parse(String query, QueryParams params) {
        try {
            return QueryTransformOps.transform(QueryFactory.create(query), params.values());
        } catch (QueryParseException e) {
            throw new ImportException("SPARQL: " + firstLine(e.getMessage()), "query", e.getLine(), e.getColumn(), null, e);
        }
    }

    private <T> T read(Query query, java.util.function.Function<QueryExecution, T> action) {
        return with(c -> {
            if (dataset != null) {
                return Txn.calculateRead(dataset, () -> {
                    try (QueryExecution qe = c.query(query)) {
                        return action.apply(qe);
                    }
                });
            }
            try (QueryExecution qe = c.query(query)) {
                return action.apply(qe);
            }
        });
    }

    @Override
    public QueryRows select(String query, QueryParams params) {
        Query q = parse(query, params);
        requireType(q.isSelectType(), "SELECT");
        return read(q, qe -> QueryRows.of(qe.execSelect()));
    }

    @Override
    public Model construct(String query, QueryParams params) {
        Query q = parse(query, params);
        requireType(q.isConstructType() || q.isDescribeType(), "CONSTRUCT or DESCRIBE");
        return read(q, qe -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(q.isConstructType() ? qe.execConstruct() : qe.execDescribe());
            return copy;
        });
    }

    @Override
    public boolean ask(String query, QueryParams params) {
        Query q = parse(query, params);
        requireType(q.isAskType(), "ASK");
        return read(q, QueryExecution::execAsk);
    }

    private static void requireType(boolean ok, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("expected a " + expected + " query");
        }
    }

    @Override
    public void update(String update, QueryParams params) {
        UpdateRequest request;
        try {
            request = org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps.transform(UpdateFactory.create(update),
                    new java.util.HashMap<>(params.values()));
        } catch (QueryParseException e) {
            throw new ImportException("SPARQL update: " + firstLine(e.getMessage()), "update", e.getLine(), e.getColumn(), null,
                    e);
        }
        write(c -> c.update(request));
    }

    /** Jena's parse messages list every token it expected: the first line says what is wrong. */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
        if (dataset != null) {
            dataset.close();
        }
    }

    @Override
    public String toString() {
        return "FrameworkStore[" + location + "]";
    }
}
