package org.kulisse.esco.rdf;

import java.util.List;

/**
 * The outcome of validating a graph against shapes.
 *
 * @param conforms whether the graph conforms (no violation)
 * @param findings every result, sorted by focus node and path
 */
public record ShaclReport(boolean conforms, List<Finding> findings) {

    public ShaclReport {
        findings = List.copyOf(findings);
    }

    /**
     * One SHACL result.
     *
     * @param severity {@code Violation}, {@code Warning} or {@code Info}
     * @param focusNode the node that fails, as a prefixed name where one fits
     * @param path the property path, or null for a node-level constraint
     * @param value the offending value, or null
     * @param message what is wrong, for people
     */
    public record Finding(String severity, String focusNode, String path, String value, String message) {
        @Override
        public String toString() {
            return severity + " at " + focusNode + (path == null ? "" : " " + path) + ": " + message
                    + (value == null ? "" : " (value " + value + ")");
        }
    }
}
