package org.kulisse.esco.rdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.kulisse.core.ExportException;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.esco.internal.rdf.FrameworkGraph;
import org.kulisse.esco.internal.rdf.RdfErrors;

/**
 * Competence frameworks as RDF, both ways and without loss: ELM terms for qualifications (EQF/NQF level concepts,
 * ECVET credit points with the point as a string), units as parts and learning outcomes with their type and
 * {@code elm:relatedESCOSkill}; SKOS and Dublin Core for the scheme and its language-tagged texts; mappings as SKOS
 * mapping triples plus SSSOM-style axioms with their provenance; the {@link KulisseVocab Kulisse vocabulary} for the
 * rest. IRIs are deterministic (framework IRI + kind + id). See docs/rdf.md.
 *
 * <pre>{@code
 * FrameworkRdf.write(framework, RdfFormat.TURTLE, Path.of("framework.ttl"));
 * CompetenceFramework back = FrameworkRdf.read(Path.of("framework.ttl"));
 * }</pre>
 */
public final class FrameworkRdf {
    private FrameworkRdf() {
    }

    /** The framework as a Jena model (a new model each call). */
    public static Model toModel(CompetenceFramework framework) {
        return FrameworkGraph.toModel(framework);
    }

    /**
     * The one framework a model describes.
     *
     * @throws ImportException if the model holds no framework, several, or one with a required part missing
     */
    public static CompetenceFramework fromModel(Model model) {
        return fromModel(model, null);
    }

    private static CompetenceFramework fromModel(Model model, String source) {
        try {
            return FrameworkGraph.fromModel(model);
        } catch (IllegalArgumentException | org.apache.jena.shared.JenaException e) {
            throw new ImportException("not a Kulisse framework graph: " + e.getMessage(), source, -1, -1, null, e);
        }
    }

    /** The IRI the framework gets in RDF. */
    public static String iri(CompetenceFramework framework) {
        return FrameworkGraph.frameworkIri(framework.id());
    }

    public static void write(CompetenceFramework framework, RdfFormat format, OutputStream out) {
        RDFDataMgr.write(out, toModel(framework), format.jenaFormat());
    }

    public static String writeString(CompetenceFramework framework, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(framework, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static void write(CompetenceFramework framework, RdfFormat format, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(framework, format, out);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a framework from a file whose extension names the format. */
    public static CompetenceFramework read(Path file) {
        RdfFormat format;
        try {
            format = RdfFormat.ofFile(file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage(), file.toString(), -1, -1, null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, format, file.toString());
        } catch (IOException e) {
            throw new ImportException("cannot read: " + e.getMessage(), file.toString(), -1, -1, null, e);
        }
    }

    public static CompetenceFramework read(String text, RdfFormat format) {
        return read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, null);
    }

    /**
     * Reads a framework.
     *
     * @throws ImportException for a syntax error (with line and column) or a graph that is not a framework
     */
    public static CompetenceFramework read(InputStream in, RdfFormat format, String source) {
        return fromModel(parse(in, format, source), source);
    }

    /** Parses RDF into a new model; a syntax error becomes an {@link ImportException} with line and column. */
    public static Model parse(InputStream in, RdfFormat format, String source) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(in).lang(format.lang()).errorHandler(RdfErrors.strict(source)).parse(model);
        } catch (RdfErrors.Located e) {
            throw e.toImportException();
        } catch (RiotException e) {
            throw new ImportException(e.getMessage(), source, -1, -1, null, e);
        }
        return model;
    }
}
