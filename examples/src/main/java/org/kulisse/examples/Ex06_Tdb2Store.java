package org.kulisse.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.store.FrameworkStore;
import org.kulisse.esco.store.QueryParams;
import org.kulisse.esco.store.QueryRows;
import org.kulisse.esco.store.ReadyQuery;

/**
 * A persistent SPARQL store on disk (TDB2): store the framework and an ESCO taxonomy, close, open again, query. A
 * remote server works the same way with {@code FrameworkStore.remote("http://localhost:3030/kulisse")}.
 */
public final class Ex06_Tdb2Store {
    private Ex06_Tdb2Store() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("kulisse-tdb2");
        try {
            EscoTaxonomy esco = EscoLoader.create().version("sample").folder(Backstage.escoSample()).load();
            try (FrameworkStore store = FrameworkStore.tdb2(folder)) {
                store.put(Backstage.framework());
                store.put(esco);
            }
            try (FrameworkStore store = FrameworkStore.tdb2(folder)) {                 // a later session
                System.out.println("graphs: " + store.graphs());
                QueryRows lighting = store.select(ReadyQuery.UNITS_COVERING_SKILL, QueryParams.create()
                        .iri("skill", "http://data.europa.eu/esco/skill/9cc78400-9ba9-4ffd-9ef5-59e2cd657035"));
                System.out.println("units covering the skill: " + lighting.column("unitCode").stream().distinct()
                        .toList());
                System.out.println("framework read back: " + store.framework("https://kulisse.org/frameworks/backstage")
                        .units().size() + " units");
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
