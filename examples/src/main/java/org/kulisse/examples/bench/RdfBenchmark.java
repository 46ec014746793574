package org.kulisse.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.rdf.EscoRdf;
import org.kulisse.esco.rdf.RdfFormat;
import org.kulisse.esco.store.FrameworkStore;
import org.kulisse.esco.store.QueryParams;
import org.kulisse.esco.store.QueryRows;
import org.kulisse.esco.store.ReadyQuery;
import org.kulisse.examples.Backstage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ESCO v1.1.1 English as RDF: building and writing N-Triples (ours, streamed, against Jena's writer on the graph we
 * build: the floor), parsing it back (into a taxonomy, against a bare parse), loading TDB2, and the ready-made gap
 * query in memory, in TDB2 and through Fuseki on loopback. {@code java -jar examples/target/kulisse.jar bench Rdf
 * -p esco=PATH}.
 */
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class RdfBenchmark {
    private static final String STAGE_TECHNICIAN = "http://data.europa.eu/esco/occupation/"
            + "acb6b99a-6c13-482a-81b1-8b5614e0153e";

    /** The taxonomy, its graph and its N-Triples file, made once. */
    @State(Scope.Benchmark)
    public static class Esco {
        @Param("../shared/data/esco/esco-v1.1.1-en-official")
        public String esco;

        EscoTaxonomy taxonomy;
        Graph graph;
        Path ntriples;

        @Setup(Level.Trial)
        public void load() throws IOException {
            taxonomy = EscoLoader.create().folder(Path.of(esco)).load();
            graph = EscoRdf.toGraph(taxonomy);
            ntriples = Files.createTempFile("esco", ".nt");
            EscoRdf.write(taxonomy, RdfFormat.NTRIPLES, ntriples);
            System.out.println("\n" + graph.size() + " triples, " + Files.size(ntriples) + " bytes of N-Triples");
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(ntriples);
        }
    }

    /** A store holding the Backstage framework and ESCO, for the gap query. */
    public abstract static class Store {
        FrameworkStore store;
        QueryParams gap;

        void fill(FrameworkStore target, Esco esco) {
            store = target;
            CompetenceFramework backstage = Backstage.framework();
            String graph = store.put(backstage);
            store.put(esco.taxonomy);
            gap = QueryParams.create().iri("framework", graph).iri("occupation", STAGE_TECHNICIAN)
                    .text("units", "U3 U7");
        }

        @TearDown(Level.Trial)
        public void close() {
            store.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Memory extends Store {
        @Setup(Level.Trial)
        public void open(Esco esco) {
            fill(FrameworkStore.inMemory(), esco);
        }
    }

    @State(Scope.Benchmark)
    public static class Tdb2 extends Store {
        @Setup(Level.Trial)
        public void open(Esco esco) throws IOException {
            fill(FrameworkStore.tdb2(Files.createTempDirectory("kulisse-tdb2")), esco);
        }
    }

    @State(Scope.Benchmark)
    public static class Fuseki extends Store {
        FusekiServer server;

        @Setup(Level.Trial)
        public void open(Esco esco) {
            server = FusekiServer.create().loopback(true).port(0).add("/kulisse", DatasetFactory.createTxnMem())
                    .build().start();
            fill(FrameworkStore.remote("http://localhost:" + server.getHttpPort() + "/kulisse"), esco);
        }

        @TearDown(Level.Trial)
        public void stop() {
            server.stop();
        }
    }

    /** Our writer: the taxonomy streamed to N-Triples, no graph in between. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    public void writeNTriples(Esco esco) {
        EscoRdf.write(esco.taxonomy, RdfFormat.NTRIPLES, OutputStream.nullOutputStream());
    }

    /** The floor: Jena's own N-Triples writer on the graph that holds the same triples. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    public void jenaWriterOnTheGraph(Esco esco) {
        RDFDataMgr.write(OutputStream.nullOutputStream(), esco.graph, RDFFormat.NTRIPLES_UTF8);
    }

    /** Building the in-memory graph (as a store load does). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    public Graph buildGraph(Esco esco) {
        return EscoRdf.toGraph(esco.taxonomy);
    }

    /** N-Triples back into a taxonomy. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    public EscoTaxonomy parseBack(Esco esco) {
        return EscoRdf.read(esco.ntriples);
    }

    /** The floor of that: Jena's parser counting triples. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    public long parseOnly(Esco esco) throws IOException {
        AtomicLong count = new AtomicLong();
        try (InputStream in = Files.newInputStream(esco.ntriples)) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    count.incrementAndGet();
                }
            });
        }
        return count.get();
    }

    /** A fresh TDB2 database loaded with the taxonomy in one transaction. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public String tdb2Load(Esco esco) throws IOException {
        Path dir = Files.createTempDirectory("kulisse-tdb2-load");
        try (FrameworkStore store = FrameworkStore.tdb2(dir)) {
            return store.put(esco.taxonomy);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public QueryRows gapInMemory(Memory memory) {
        return memory.store.select(ReadyQuery.GAP, memory.gap);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public QueryRows gapInTdb2(Tdb2 tdb2) {
        return tdb2.store.select(ReadyQuery.GAP, tdb2.gap);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public QueryRows gapThroughFuseki(Fuseki fuseki) {
        return fuseki.store.select(ReadyQuery.GAP, fuseki.gap);
    }
}
