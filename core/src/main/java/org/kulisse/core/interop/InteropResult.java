package org.kulisse.core.interop;

import java.util.List;
import java.util.stream.Collectors;
import org.kulisse.core.ImportException;

/**
 * What an import produced and everything it has to say about it. When there are errors the value may be missing or
 * incomplete: never use it without looking at {@link #issues()}, or call {@link #orThrow(String)}.
 *
 * @param value the imported model, or null when the input could not be read at all
 * @param issues errors and warnings, in input order
 * @param <T> the model type
 */
public record InteropResult<T>(T value, List<InteropIssue> issues) {

    public InteropResult {
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return value == null || issues.stream().anyMatch(InteropIssue::isError);
    }

    public List<InteropIssue> errors() {
        return issues.stream().filter(InteropIssue::isError).toList();
    }

    public List<InteropIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    /** The value when there is no error; otherwise an {@link ImportException} listing every error. */
    public T orThrow(String source) {
        if (hasErrors()) {
            List<InteropIssue> errors = errors();
            int row = errors.isEmpty() ? 0 : errors.get(0).row();
            throw new ImportException(errors.stream().map(InteropIssue::toString)
                    .collect(Collectors.joining("; ")), source, row, 0, null);
        }
        return value;
    }
}
