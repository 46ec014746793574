package org.kulisse.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a framework comes from and under what terms.
 *
 * @param source who published it or where it was taken from (free text or a URL)
 * @param licence the licence (an SPDX id or a URL), or null
 * @param authors people or organisations that wrote it
 * @param created first publication, or null
 * @param modified last change, or null
 */
public record Provenance(String source, String licence, List<String> authors, LocalDate created, LocalDate modified) {

    public Provenance {
        authors = Lists.copy(authors);
    }

    public static Provenance none() {
        return new Provenance(null, null, List.of(), null, null);
    }

    public boolean isEmpty() {
        return source == null && licence == null && authors.isEmpty() && created == null && modified == null;
    }
}
