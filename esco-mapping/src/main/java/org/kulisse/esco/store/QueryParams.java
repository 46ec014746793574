package org.kulisse.esco.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.Var;

/**
 * Values for a query's variables, each with its RDF kind. They are put into the parsed query (its syntax tree), never
 * spliced into the query text, so a value can never change what the query does.
 *
 * <pre>{@code
 * QueryParams.create().iri("occupation", uri).text("units", "U3 U7")
 * }</pre>
 */
public final class QueryParams {
    private final Map<Var, Node> values = new LinkedHashMap<>();

    private QueryParams() {
    }

    public static QueryParams create() {
        return new QueryParams();
    }

    /** An IRI value; it must be an absolute IRI. */
    public QueryParams iri(String variable, String iri) {
        if (iri == null || !IRIs.check(iri) || IRIs.scheme(iri) == null) {
            throw new IllegalArgumentException("?" + variable + " needs an absolute IRI, not " + iri);
        }
        return put(variable, NodeFactory.createURI(iri));
    }

    /** A plain string literal. */
    public QueryParams text(String variable, String text) {
        return put(variable, NodeFactory.createLiteralString(text));
    }

    /** A language-tagged literal. */
    public QueryParams text(String variable, String text, String language) {
        return put(variable, NodeFactory.createLiteralLang(text, language));
    }

    public QueryParams integer(String variable, long value) {
        return put(variable, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    /** Any RDF term. */
    public QueryParams node(String variable, Node value) {
        return put(variable, value);
    }

    private QueryParams put(String variable, Node value) {
        String name = variable.startsWith("?") || variable.startsWith("$") ? variable.substring(1) : variable;
        values.put(Var.alloc(name), value);
        return this;
    }

    public boolean has(String variable) {
        return values.containsKey(Var.alloc(variable));
    }

    /** The values by variable. */
    public Map<Var, Node> values() {
        return Collections.unmodifiableMap(values);
    }
}
