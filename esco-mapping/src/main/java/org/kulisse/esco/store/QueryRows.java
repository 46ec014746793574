package org.kulisse.esco.store;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/** The rows of a SELECT query, read completely (so that a remote connection can be released at once). */
public final class QueryRows {
    /** The result formats of the SPARQL 1.1 recommendations. */
    public enum Format {
        JSON, CSV, TSV;

        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private final ResultSetRewindable results;
    private final List<String> vars;
    private final List<Map<String, RDFNode>> rows;

    /** Reads all rows of a result set (which is used up). */
    public static QueryRows of(ResultSet results) {
        return new QueryRows(results);
    }

    private QueryRows(ResultSet results) {
        this.results = results.rewindable();
        this.vars = List.copyOf(this.results.getResultVars());
        List<Map<String, RDFNode>> all = new ArrayList<>();
        while (this.results.hasNext()) {
            QuerySolution s = this.results.next();
            Map<String, RDFNode> row = new LinkedHashMap<>();
            for (String v : vars) {
                if (s.contains(v)) {
                    row.put(v, s.get(v));
                }
            }
            all.add(java.util.Collections.unmodifiableMap(row));
        }
        this.rows = List.copyOf(all);
    }

    public List<String> vars() {
        return vars;
    }

    /** Each row's bound variables (an unbound variable has no entry). */
    public List<Map<String, RDFNode>> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    /** The values of one variable, as strings (IRIs, or literals' lexical forms), where bound. */
    public List<String> column(String var) {
        List<String> values = new ArrayList<>();
        for (Map<String, RDFNode> row : rows) {
            RDFNode node = row.get(var);
            if (node != null) {
                values.add(node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource()
                        ? node.asResource().getURI() : node.toString());
            }
        }
        return values;
    }

    public void write(OutputStream out, Format format) {
        results.reset();
        switch (format) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
        }
    }

    public String toString(Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, format);
        return out.toString(StandardCharsets.UTF_8);
    }
}
