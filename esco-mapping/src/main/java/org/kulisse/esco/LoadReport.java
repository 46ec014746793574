package org.kulisse.esco;

import java.util.List;
import java.util.Map;

/**
 * What loading an ESCO download found besides the concepts: rows read per file, references to concepts that are not
 * there, duplicate rows, and the parts of the download that were missing. Nothing here stops a load.
 *
 * @param rowsRead data rows read, per file name
 * @param dangling references to missing concepts, per kind of file ({@code occupationSkillRelations}, ...)
 * @param danglingExamples a few of them, for people
 * @param duplicates duplicate rows (the first one is kept), per file name
 * @param duplicateExamples a few of them
 * @param missing parts of a full download that the folder lacks (e.g. "skills", "relations")
 */
public record LoadReport(Map<String, Long> rowsRead, Map<String, Long> dangling, List<String> danglingExamples,
        Map<String, Long> duplicates, List<String> duplicateExamples, List<String> missing) {

    public LoadReport {
        rowsRead = Map.copyOf(rowsRead);
        dangling = Map.copyOf(dangling);
        danglingExamples = List.copyOf(danglingExamples);
        duplicates = Map.copyOf(duplicates);
        duplicateExamples = List.copyOf(duplicateExamples);
        missing = List.copyOf(missing);
    }

    public long danglingTotal() {
        return dangling.values().stream().mapToLong(Long::longValue).sum();
    }
}
