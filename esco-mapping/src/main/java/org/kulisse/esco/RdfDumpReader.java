package org.kulisse.esco;

import static org.kulisse.esco.internal.rdf.EscoTerms.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.esco.internal.rdf.RdfErrors;

/**
 * Reads an ESCO RDF dump (the official download, or what {@code EscoRdf} wrote) as a stream of triples into a
 * taxonomy builder, in the loader's order: groups, occupations, skills, hierarchy, relations, collections. Triples
 * may come in any order; only what the taxonomy holds is kept (SKOS-XL labels, schemes and the like are skipped).
 */
final class RdfDumpReader {
    private static final int PROGRESS_EVERY = 100_000;

    /** What one concept's triples said. */
    private static final class Concept {
        final Set<Node> types = new LinkedHashSet<>();
        final Set<Node> schemes = new LinkedHashSet<>();
        final Map<String, String> preferred = new LinkedHashMap<>();
        final Map<String, List<String>> alternative = new LinkedHashMap<>();
        final Map<String, List<String>> hidden = new LinkedHashMap<>();
        final List<Node> descriptions = new ArrayList<>();
        String notation;
        String skillType;
        String reuseLevel;
        String iscoGroup;
        String regulatedNote;
    }

    private record Link(String from, Node predicate, String to) {
    }

    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private final Map<Node, String[]> nodeLiterals = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, String> collectionNames = new LinkedHashMap<>();
    private final Map<String, List<String>> collectionMembers = new LinkedHashMap<>();
    private final Set<String> languages = new LinkedHashSet<>();
    private String version;
    private long triples;

    /** Parses the file into this reader's state. */
    void parse(Path file, Consumer<LoadProgress> progress) {
        var lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw new ImportException("cannot tell the RDF format from the file name (expected .nt, .ttl, .rdf or "
                    + ".jsonld)", file.toString(), 0, 0, null);
        }
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(lang).errorHandler(RdfErrors.strict(file.toString())).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    take(t);
                    if (++triples % PROGRESS_EVERY == 0) {
                        progress.accept(new LoadProgress(name, triples, false));
                    }
                }
            });
        } catch (RdfErrors.Located e) {
            throw e.toImportException();
        } catch (RiotException e) {
            throw new ImportException(e.getMessage(), file.toString(), -1, -1, null, e);
        } catch (IOException e) {
            throw new ImportException("cannot read: " + e.getMessage(), file.toString(), 0, 0, null, e);
        }
        progress.accept(new LoadProgress(name, triples, true));
    }

    private Concept concept(Node s) {
        return concepts.computeIfAbsent(s.getURI(), k -> new Concept());
    }

    private void take(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (s.isBlank()) {
            if (p.equals(LANGUAGE) && o.isLiteral()) {
                nodeLiterals.computeIfAbsent(s, k -> new String[2])[0] = o.getLiteralLexicalForm();
            } else if (p.equals(NODE_LITERAL_P) && o.isLiteral()) {
                nodeLiterals.computeIfAbsent(s, k -> new String[2])[1] = o.getLiteralLexicalForm();
            }
            return;
        }
        if (!s.isURI()) {
            return;
        }
        String subject = s.getURI();
        if (subject.startsWith(COLLECTION)) {
            if (p.equals(LABEL) && o.isLiteral()) {
                collectionNames.put(subject, o.getLiteralLexicalForm());
            } else if (p.equals(MEMBER) && o.isURI()) {
                collectionMembers.computeIfAbsent(subject, k -> new ArrayList<>()).add(o.getURI());
            }
            return;
        }
        if (p.equals(VERSION_INFO) && o.isLiteral() && version == null) {
            version = o.getLiteralLexicalForm();
        } else if (p.equals(TYPE)) {
            if (o.equals(OCCUPATION) || o.equals(SKILL) || o.equals(GROUP_CONCEPT)) {
                concept(s).types.add(o);
            }
        } else if (p.equals(PREF_LABEL) || p.equals(ALT_LABEL) || p.equals(HIDDEN_LABEL)) {
            if (!o.isLiteral()) {
                return;
            }
            String lang = o.getLiteralLanguage().isEmpty() ? "en" : o.getLiteralLanguage();
            languages.add(lang);
            Concept c = concept(s);
            if (p.equals(PREF_LABEL)) {
                c.preferred.putIfAbsent(lang, o.getLiteralLexicalForm());
            } else {
                (p.equals(ALT_LABEL) ? c.alternative : c.hidden).computeIfAbsent(lang, k -> new ArrayList<>())
                        .add(o.getLiteralLexicalForm());
            }
        } else if (p.equals(DESCRIPTION)) {
            concept(s).descriptions.add(o);
        } else if (p.equals(NOTATION) && o.isLiteral()) {
            concept(s).notation = o.getLiteralLexicalForm();
        } else if (p.equals(IN_SCHEME) && o.isURI()) {
            concept(s).schemes.add(o);
        } else if (p.equals(SKILL_TYPE_P) && o.isURI()) {
            concept(s).skillType = o.getURI();
        } else if (p.equals(REUSE_LEVEL_P) && o.isURI()) {
            concept(s).reuseLevel = o.getURI();
        } else if (p.equals(MEMBER_OF_ISCO_GROUP) && o.isURI()) {
            concept(s).iscoGroup = o.getURI();
        } else if (p.equals(REGULATED_PROFESSION_NOTE) && o.isURI()) {
            concept(s).regulatedNote = o.getURI();
        } else if ((p.equals(BROADER) || p.equals(ESSENTIAL) || p.equals(OPTIONAL)) && o.isURI()) {
            links.add(new Link(subject, p, o.getURI()));
        }
    }

    /** Fills the builder from what was read. */
    void fill(EscoTaxonomy.Builder b, String source) {
        if (concepts.values().stream().noneMatch(c -> !c.types.isEmpty())) {
            throw new ImportException("no ESCO occupations, skills or groups in the RDF (" + triples + " triples)",
                    source, 0, 0, null);
        }
        b.languages.addAll(languages);
        if (b.version == null) {
            b.version = version != null ? version : "unknown";
        }
        b.rowsRead.put(source, triples);
        Map<String, String> iscoCodes = new LinkedHashMap<>();
        concepts.forEach((uri, c) -> {
            if (c.types.contains(GROUP_CONCEPT)) {
                boolean isco = c.schemes.contains(ISCO_SCHEME) || uri.contains("/isco/");
                Group g = new Group(uri, c.notation, labels(c));
                (isco ? b.iscoGroups : b.skillGroups).put(uri, g);
                if (c.notation != null) {
                    b.byCode.putIfAbsent((isco ? "isco:" : "") + c.notation, uri);
                    if (isco) {
                        iscoCodes.put(uri, c.notation);
                    }
                }
            }
        });
        concepts.forEach((uri, c) -> {
            if (c.types.contains(OCCUPATION) && !c.types.contains(GROUP_CONCEPT)) {
                String isco = c.iscoGroup == null ? null : iscoCodes.getOrDefault(c.iscoGroup, iscoCode(c.iscoGroup));
                b.occupations.put(uri, new Occupation(uri, c.notation, isco, labels(c), description(c),
                        c.regulatedNote));
                if (c.notation != null) {
                    b.byCode.putIfAbsent(c.notation, uri);
                }
                if (isco != null) {
                    b.occupationsByIsco.computeIfAbsent(isco, k -> new ArrayList<>()).add(uri);
                }
            }
        });
        concepts.forEach((uri, c) -> {
            if (c.types.contains(SKILL) && !c.types.contains(GROUP_CONCEPT)) {
                b.skills.put(uri, new Skill(uri, skillType(c.skillType), reuseLevel(c.reuseLevel), labels(c),
                        description(c)));
            }
        });
        for (Link link : links) {
            if (link.predicate().equals(BROADER)) {
                broader(b, link);
            } else {
                relation(b, link);
            }
        }
        collectionNames.forEach((iri, name) -> {
            Set<String> members = b.collections.computeIfAbsent(name, k -> new LinkedHashSet<>());
            for (String uri : collectionMembers.getOrDefault(iri, List.of())) {
                if (!known(b, uri)) {
                    b.dangling("collections", name + ": " + uri);
                }
                members.add(uri);
            }
        });
    }

    private void broader(EscoTaxonomy.Builder b, Link link) {
        if (!known(b, link.from()) || !known(b, link.to())) {
            b.dangling("broaderRelations", link.from() + " -> " + link.to());
            b.unresolved.add(new EscoTaxonomy.UnresolvedRelation("broader", link.from(), null, link.to()));
            return;
        }
        List<String> parents = b.broader.computeIfAbsent(link.from(), k -> new ArrayList<>());
        if (!parents.contains(link.to())) {
            parents.add(link.to());
            b.narrower.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link.from());
        }
    }

    /** An occupation–skill relation, or skill–skill when it starts from a skill. */
    private void relation(EscoTaxonomy.Builder b, Link link) {
        RelationType type = link.predicate().equals(ESSENTIAL) ? RelationType.ESSENTIAL : RelationType.OPTIONAL;
        if (b.skills.containsKey(link.from())) {
            b.skillSkillRows++;
            if (!b.skills.containsKey(link.to())) {
                b.dangling("skillSkillRelations", link.from() + " -> " + link.to());
                b.unresolved.add(new EscoTaxonomy.UnresolvedRelation("skillSkill", link.from(), type, link.to()));
                return;
            }
            b.skillSkill.computeIfAbsent(link.from(), k -> new LinkedHashMap<>()).put(link.to(), type);
            return;
        }
        b.occupationSkillRows++;
        if (type == RelationType.ESSENTIAL) {
            b.essentialRows++;
        } else {
            b.optionalRows++;
        }
        boolean occupation = b.occupations.containsKey(link.from());
        if (!occupation || !b.skills.containsKey(link.to())) {
            b.dangling("occupationSkillRelations", (occupation ? "skill " + link.to() : "occupation "
                    + link.from()));
            b.unresolved.add(new EscoTaxonomy.UnresolvedRelation("occupationSkill", link.from(), type, link.to()));
            return;
        }
        (type == RelationType.ESSENTIAL ? b.essential : b.optional).computeIfAbsent(link.from(),
                k -> new ArrayList<>()).add(link.to());
        b.occupationsBySkill.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link.from());
    }

    private static boolean known(EscoTaxonomy.Builder b, String uri) {
        return b.occupations.containsKey(uri) || b.skills.containsKey(uri) || b.skillGroups.containsKey(uri)
                || b.iscoGroups.containsKey(uri);
    }

    private static Labels labels(Concept c) {
        return new Labels(new LocalizedText(c.preferred), c.alternative, c.hidden);
    }

    /** Descriptions as ESCO writes them (node literals) or as plain language-tagged literals. */
    private LocalizedText description(Concept c) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Node d : c.descriptions) {
            if (d.isLiteral()) {
                texts.putIfAbsent(d.getLiteralLanguage().isEmpty() ? "en" : d.getLiteralLanguage(),
                        d.getLiteralLexicalForm());
            } else {
                String[] node = nodeLiterals.get(d);
                if (node != null && node[1] != null) {
                    texts.putIfAbsent(node[0] == null ? "en" : node[0], node[1]);
                }
            }
        }
        return texts.isEmpty() ? LocalizedText.empty() : new LocalizedText(texts);
    }
}
