package org.kulisse.esco;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kulisse.core.model.LocalizedText;

/**
 * The SKOS labels of a concept, per language.
 *
 * @param preferred the preferred label in each language
 * @param alternative alternative labels per language
 * @param hidden hidden labels (misspellings, old forms) per language
 */
public record Labels(LocalizedText preferred, Map<String, List<String>> alternative,
        Map<String, List<String>> hidden) {

    public Labels {
        alternative = copy(alternative);
        hidden = copy(hidden);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        // a language without labels is no entry: a CSV row with an empty cell and an RDF dump without the triple agree
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Every label in a language: preferred, alternative, hidden. */
    public List<String> all(String language) {
        List<String> all = new java.util.ArrayList<>();
        preferred.get(language).ifPresent(all::add);
        all.addAll(alternative.getOrDefault(language, List.of()));
        all.addAll(hidden.getOrDefault(language, List.of()));
        return all;
    }

    /** These labels plus those of another language file for the same concept. */
    public Labels merge(Labels other) {
        LocalizedText merged = preferred;
        for (Map.Entry<String, String> e : other.preferred.texts().entrySet()) {
            if (!merged.has(e.getKey())) {
                merged = merged.with(e.getKey(), e.getValue());
            }
        }
        Map<String, List<String>> alt = new LinkedHashMap<>(alternative);
        other.alternative.forEach(alt::putIfAbsent);
        Map<String, List<String>> hid = new LinkedHashMap<>(hidden);
        other.hidden.forEach(hid::putIfAbsent);
        return new Labels(merged, alt, hid);
    }
}
