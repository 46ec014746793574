package org.kulisse.esco.rdf;

import static org.kulisse.esco.internal.rdf.EscoTerms.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kulisse.core.ExportException;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.Group;
import org.kulisse.esco.Labels;
import org.kulisse.esco.Occupation;
import org.kulisse.esco.RelationType;
import org.kulisse.esco.Skill;

/**
 * A loaded ESCO taxonomy as RDF in ESCO's own model, and an ESCO RDF dump back into a taxonomy: occupations and
 * skills as {@code esco:Occupation}/{@code esco:Skill} SKOS concepts with language-tagged labels, {@code skos:broader}
 * for both hierarchies, {@code esco:relatedEssentialSkill}/{@code esco:relatedOptionalSkill} for occupation–skill and
 * skill–skill relations, skill type and reuse level as ESCO's IRIs, descriptions as {@code esco:NodeLiteral}s.
 * N-Triples and Turtle are written as a stream (the taxonomy is never copied into a graph); relations the download
 * names but whose ends are missing are written as read, so that reading the output back reports the same.
 *
 * <pre>{@code
 * EscoRdf.write(esco, RdfFormat.NTRIPLES, Path.of("esco.nt"));
 * EscoTaxonomy back = EscoRdf.read(Path.of("esco.nt"));
 * }</pre>
 */
public final class EscoRdf {
    private EscoRdf() {
    }

    /** The named graph a taxonomy gets in a store: {@code urn:kulisse:esco:} + its version. */
    public static String graphIri(EscoTaxonomy esco) {
        return "urn:kulisse:esco:" + (esco.version() == null ? "unknown" : esco.version());
    }

    /** Writes the taxonomy; N-Triples and Turtle stream, JSON-LD and RDF/XML go through an in-memory graph. */
    public static void write(EscoTaxonomy esco, RdfFormat format, OutputStream out) {
        if (format == RdfFormat.NTRIPLES || format == RdfFormat.TURTLE) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format == RdfFormat.NTRIPLES
                    ? RDFFormat.NTRIPLES_UTF8 : RDFFormat.TURTLE_BLOCKS);
            stream.start();
            stream.prefix("esco", ESCO);
            stream.prefix("skos", SKOS);
            stream.prefix("dct", DCT);
            emit(esco, stream);
            stream.finish();
        } else {
            RDFDataMgr.write(out, toModel(esco), format.jenaFormat());
        }
    }

    public static void write(EscoTaxonomy esco, RdfFormat format, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(esco, format, out);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The taxonomy as a new in-memory graph. */
    public static Graph toGraph(EscoTaxonomy esco) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefix("esco", ESCO).setNsPrefix("skos", SKOS).setNsPrefix("dct", DCT);
        StreamRDF sink = StreamRDFLib.graph(graph);
        sink.start();
        emit(esco, sink);
        sink.finish();
        return graph;
    }

    public static Model toModel(EscoTaxonomy esco) {
        return ModelFactory.createModelForGraph(toGraph(esco));
    }

    /** Sends the taxonomy's triples to a stream (between the caller's {@code start} and {@code finish}). */
    public static void emit(EscoTaxonomy esco, StreamRDF out) {
        new Emitter(esco, out).run();
    }

    /**
     * Reads an ESCO RDF dump (N-Triples, Turtle, RDF/XML or JSON-LD, by extension) into a taxonomy.
     *
     * @throws org.kulisse.core.ImportException for a syntax error (with line and column) or a file without ESCO
     */
    public static EscoTaxonomy read(Path file) {
        return EscoLoader.create().rdf(file).load();
    }

    /** Writes one taxonomy: concept by concept, then relations, then collections. */
    private static final class Emitter {
        private final EscoTaxonomy esco;
        private final StreamRDF out;

        Emitter(EscoTaxonomy esco, StreamRDF out) {
            this.esco = esco;
            this.out = out;
        }

        void run() {
            for (Node scheme : List.of(OCCUPATIONS_SCHEME, SKILLS_SCHEME, ISCO_SCHEME, SKILLS_HIERARCHY_SCHEME)) {
                add(scheme, TYPE, CONCEPT_SCHEME);
                if (esco.version() != null) {
                    add(scheme, VERSION_INFO, NodeFactory.createLiteralString(esco.version()));
                }
            }
            for (Group g : esco.iscoGroups()) {
                group(g, ISCO_SCHEME);
            }
            for (Group g : esco.skillGroups()) {
                group(g, SKILLS_HIERARCHY_SCHEME);
            }
            for (Occupation o : esco.occupations()) {
                Node s = uri(o.uri());
                add(s, TYPE, OCCUPATION);
                add(s, TYPE, MEMBER_CONCEPT);
                add(s, TYPE, CONCEPT);
                add(s, IN_SCHEME, OCCUPATIONS_SCHEME);
                notation(s, o.code());
                labels(s, o.labels());
                description(s, o.description());
                if (o.iscoGroup() != null) {
                    add(s, MEMBER_OF_ISCO_GROUP, uri(iscoIri(o.iscoGroup())));
                }
                if (o.regulatedProfessionNote() != null) {
                    add(s, REGULATED_PROFESSION_NOTE, uri(o.regulatedProfessionNote()));
                }
            }
            for (Skill k : esco.skills()) {
                Node s = uri(k.uri());
                add(s, TYPE, SKILL);
                add(s, TYPE, MEMBER_CONCEPT);
                add(s, TYPE, CONCEPT);
                add(s, IN_SCHEME, SKILLS_SCHEME);
                String type = skillTypeIri(k.type());
                if (type != null) {
                    add(s, SKILL_TYPE_P, uri(type));
                }
                String reuse = reuseLevelIri(k.reuseLevel());
                if (reuse != null) {
                    add(s, REUSE_LEVEL_P, uri(reuse));
                }
                labels(s, k.labels());
                description(s, k.description());
            }
            broader(esco.iscoGroups().stream().map(Group::uri).toList());
            broader(esco.skillGroups().stream().map(Group::uri).toList());
            broader(esco.occupations().stream().map(Occupation::uri).toList());
            broader(esco.skills().stream().map(Skill::uri).toList());
            for (Occupation o : esco.occupations()) {
                Node s = uri(o.uri());
                esco.essentialSkills(o.uri()).forEach(k -> add(s, ESSENTIAL, uri(k.uri())));
                esco.optionalSkills(o.uri()).forEach(k -> add(s, OPTIONAL, uri(k.uri())));
            }
            for (Skill k : esco.skills()) {
                Node s = uri(k.uri());
                for (Map.Entry<String, RelationType> e : esco.relatedSkills(k.uri()).entrySet()) {
                    add(s, e.getValue() == RelationType.ESSENTIAL ? ESSENTIAL : OPTIONAL, uri(e.getKey()));
                }
            }
            for (EscoTaxonomy.UnresolvedRelation r : esco.unresolvedRelations()) {
                Node p = r.type() == null ? BROADER : r.type() == RelationType.ESSENTIAL ? ESSENTIAL : OPTIONAL;
                add(uri(r.from()), p, uri(r.to()));
            }
            for (String name : esco.collectionNames()) {
                Node c = uri(COLLECTION + name);
                add(c, TYPE, SKOS_COLLECTION);
                add(c, LABEL, NodeFactory.createLiteralString(name));
                esco.collection(name).forEach(member -> add(c, MEMBER, uri(member)));
            }
        }

        private void group(Group g, Node scheme) {
            Node s = uri(g.uri());
            add(s, TYPE, GROUP_CONCEPT);
            add(s, TYPE, CONCEPT);
            add(s, IN_SCHEME, scheme);
            notation(s, g.code());
            labels(s, g.labels());
        }

        private void broader(List<String> uris) {
            for (String uri : uris) {
                Node s = uri(uri);
                esco.broader(uri).forEach(parent -> add(s, BROADER, uri(parent)));
            }
        }

        private void notation(Node s, String code) {
            if (code != null) {
                add(s, NOTATION, NodeFactory.createLiteralString(code));
            }
        }

        private void labels(Node s, Labels labels) {
            labels.preferred().texts().forEach((lang, text) -> add(s, PREF_LABEL, NodeFactory.createLiteralLang(text,
                    lang)));
            labels.alternative().forEach((lang, list) -> list.forEach(text -> add(s, ALT_LABEL,
                    NodeFactory.createLiteralLang(text, lang))));
            labels.hidden().forEach((lang, list) -> list.forEach(text -> add(s, HIDDEN_LABEL,
                    NodeFactory.createLiteralLang(text, lang))));
        }

        private void description(Node s, LocalizedText description) {
            if (description == null) {
                return;
            }
            description.texts().forEach((lang, text) -> {
                Node node = NodeFactory.createBlankNode();
                add(s, DESCRIPTION, node);
                add(node, TYPE, NODE_LITERAL);
                add(node, LANGUAGE, NodeFactory.createLiteralString(lang));
                add(node, NODE_LITERAL_P, NodeFactory.createLiteralString(text));
            });
        }

        private void add(Node s, Node p, Node o) {
            out.triple(Triple.create(s, p, o));
        }
    }
}
