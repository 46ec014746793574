package org.kulisse.examples.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoSearch;
import org.kulisse.esco.EscoTaxonomy;

/**
 * Heap held by a loaded ESCO taxonomy and its search index, measured as used heap after repeated full GCs before and
 * after loading. Run: {@code java -cp examples/target/kulisse.jar org.kulisse.examples.bench.EscoFootprint DIR}.
 */
public final class EscoFootprint {
    private EscoFootprint() {
    }

    private static long used() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/esco/esco-v1.1.1-en-official");
        long before = used();
        EscoTaxonomy taxonomy = EscoLoader.create().folder(folder).load();
        long afterLoad = used();
        EscoSearch search = EscoSearch.build(taxonomy);
        long afterIndex = used();
        System.out.printf(Locale.ROOT, "taxonomy: %.1f MB, taxonomy + search index: %.1f MB%n",
                (afterLoad - before) / 1e6, (afterIndex - before) / 1e6);
        search.close();
    }
}
