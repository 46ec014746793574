package org.kulisse.examples.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.esco.ConceptKind;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoSearch;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.GapAnalysis;
import org.kulisse.esco.Occupation;
import org.kulisse.esco.SearchHit;
import org.kulisse.esco.SearchQuery;
import org.kulisse.esco.Skill;
import org.kulisse.esco.SkillProfiles;
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
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * ESCO v1.1.1 English: loading (against a bare CSV parse of the same files), building the search index, search
 * latency over 1,000 queries, and ranking every occupation for one learner. Needs the download folder:
 * {@code java -jar examples/target/kulisse.jar bench Esco -p esco=PATH}.
 */
public class EscoBenchmark {

    /** The folder of the download. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param("../shared/data/esco/esco-v1.1.1-en-official")
        public String esco;
    }

    /** Full load (model only), one shot per iteration. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    @Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
    public EscoTaxonomy load(Data data) {
        return EscoLoader.create().folder(Path.of(data.esco)).load();
    }

    /** Full load and the Lucene index. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    @Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
    public EscoSearch loadAndIndex(Data data) {
        EscoSearch search = EscoSearch.build(EscoLoader.create().folder(Path.of(data.esco)).load());
        search.close();
        return search;
    }

    /** The floor: jackson-dataformat-csv reading every row of the same files, nothing else. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    @Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
    public long bareCsvParse(Data data) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        long cells = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(data.esco), 2)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
                            .readValues(reader)) {
                while (it.hasNextValue()) {
                    cells += it.nextValue().length;
                }
            }
        }
        return cells;
    }

    /** Searching with 1,000 queries: labels of random concepts, half occupations, half skills. */
    @State(Scope.Benchmark)
    public static class Index {
        EscoSearch search;
        EscoTaxonomy taxonomy;
        GapAnalysis analysis;
        GapAnalysis.Holdings holdings;
        final List<String> queries = new ArrayList<>();
        int next;

        @Setup(Level.Trial)
        public void build(Data data) {
            taxonomy = EscoLoader.create().folder(Path.of(data.esco)).load();
            search = EscoSearch.build(taxonomy);
            Random random = new Random(7);
            List<Occupation> occupations = new ArrayList<>(taxonomy.occupations());
            List<Skill> skills = new ArrayList<>(taxonomy.skills());
            while (queries.size() < 1000) {
                var labels = queries.size() % 2 == 0 ? occupations.get(random.nextInt(occupations.size())).labels()
                        : skills.get(random.nextInt(skills.size())).labels();
                List<String> all = labels.all("en");
                queries.add(all.get(random.nextInt(all.size())));
            }
            analysis = GapAnalysis.of(SkillProfiles.of(taxonomy));
            CompetenceFramework backstage = Backstage.framework();
            holdings = analysis.holdings(backstage, List.of("U3", "U7"));
        }

        @TearDown(Level.Trial)
        public void close() {
            search.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    @Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
    public List<SearchHit> search(Index index) {
        int i = index.next++ % index.queries.size();
        // even queries are occupation labels, odd ones skill labels
        return index.search.search(SearchQuery.of(index.queries.get(i), "en", i % 2 == 0 ? ConceptKind.OCCUPATION
                : ConceptKind.SKILL, 10));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
    public List<GapAnalysis.Fit> rankAllOccupations(Index index) {
        return index.analysis.rank(index.holdings, 10);
    }
}
