package org.kulisse.esco.rdf;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations Kulisse writes and reads. */
public enum RdfFormat {
    TURTLE("ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    NTRIPLES("nt", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8),
    /** JSON-LD 1.1, compacted with the prefixes as context. */
    JSONLD("jsonld", Lang.JSONLD11, RDFFormat.JSONLD11_PRETTY),
    RDFXML("rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN);

    private final String extension;
    private final Lang lang;
    private final RDFFormat format;

    RdfFormat(String extension, Lang lang, RDFFormat format) {
        this.extension = extension;
        this.lang = lang;
        this.format = format;
    }

    public String extension() {
        return extension;
    }

    public Lang lang() {
        return lang;
    }

    public RDFFormat jenaFormat() {
        return format;
    }

    /** The format named by a command-line word or file extension: ttl, nt, jsonld, rdfxml (or rdf, owl, xml). */
    public static RdfFormat of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> TURTLE;
            case "nt", "ntriples", "n-triples" -> NTRIPLES;
            case "jsonld", "json-ld" -> JSONLD;
            case "rdfxml", "rdf", "owl", "xml", "rdf-xml" -> RDFXML;
            default -> throw new IllegalArgumentException("unknown RDF format \"" + name
                    + "\"; expected ttl, nt, jsonld or rdfxml");
        };
    }

    /** The format of a file, from its extension. */
    public static RdfFormat ofFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("cannot tell the RDF format of " + fileName + " (no extension)");
        }
        return of(fileName.substring(dot + 1));
    }
}
