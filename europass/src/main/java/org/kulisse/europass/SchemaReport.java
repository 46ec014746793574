package org.kulisse.europass;

import java.util.List;

/**
 * What validating one document against the Europass schema found.
 *
 * @param source the document's name
 * @param problems the findings in document order
 */
public record SchemaReport(String source, List<SchemaProblem> problems) {

    public SchemaReport {
        problems = List.copyOf(problems);
    }

    /** Valid when nothing worse than a warning was found. */
    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() != SchemaProblem.Severity.WARNING);
    }

    public List<SchemaProblem> errors() {
        return problems.stream().filter(p -> p.severity() != SchemaProblem.Severity.WARNING).toList();
    }
}
