package org.kulisse.esco.internal.rdf;

import static org.kulisse.esco.internal.rdf.Terms.*;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.kulisse.core.json.JsonOut;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.model.NationalLevel;
import org.kulisse.core.model.OptionGroup;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.Provenance;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import org.kulisse.core.nqf.NationalFrameworkLevel;
import org.kulisse.core.nqf.NationalFrameworks;

/**
 * A competence framework as RDF and back, losslessly: ELM for qualifications, units, outcomes, levels and credit
 * points; SKOS and Dublin Core for the scheme, identifiers and texts; SKOS mapping triples plus SSSOM-style axioms for
 * mappings; Kulisse's vocabulary for order, national levels as written, unit entries, option groups and unknown
 * fields. IRIs are the framework IRI followed by the kind and the percent-encoded id.
 */
public final class FrameworkGraph {
    private FrameworkGraph() {
    }

    // ------------------------------------------------------------------ writing

    public static Model toModel(CompetenceFramework f) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("elm", ELM);
        m.setNsPrefix("dc", DC);
        m.setNsPrefix("skos", SKOS);
        m.setNsPrefix("sssom", SSSOM);
        m.setNsPrefix("owl", OWL);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        m.setNsPrefix("kulisse", org.kulisse.esco.rdf.KulisseVocab.NS);
        m.setNsPrefix("", base(f.id()));
        Resource fw = m.createResource(frameworkIri(f.id())).addProperty(RDF.type, FRAMEWORK)
                .addProperty(RDF.type, CONCEPT_SCHEME).addProperty(IDENTIFIER, f.id());
        if (f.version() != null) {
            fw.addProperty(HAS_VERSION, f.version());
        }
        text(fw, TITLE, f.title());
        text(fw, DESCRIPTION, f.description());
        fw.addProperty(LANGUAGES, String.join(" ", f.languages()));
        f.languages().forEach(l -> fw.addProperty(LANGUAGE, l));
        provenance(m, fw, f.provenance());
        extensions(fw, f.extensions());
        int i = 0;
        for (Qualification q : f.qualifications()) {
            fw.addProperty(QUALIFICATION_P, qualification(m, f, q, i++));
        }
        i = 0;
        for (Unit u : f.units()) {
            fw.addProperty(HAS_UNIT, unit(m, f, u, i++));
        }
        i = 0;
        for (Mapping mapping : f.mappings()) {
            fw.addProperty(MAPPING, mapping(m, f, mapping, i++));
        }
        return m;
    }

    private static void provenance(Model m, Resource fw, Provenance p) {
        if (p.source() != null) {
            fw.addProperty(SOURCE, p.source());
        }
        if (p.licence() != null) {
            fw.addProperty(LICENSE, p.licence());
        }
        if (!p.authors().isEmpty()) {
            fw.addProperty(AUTHORS, m.createList(p.authors().stream().map(a -> (RDFNode) m.createLiteral(a))
                    .iterator()));
        }
        date(fw, CREATED, p.created());
        date(fw, MODIFIED, p.modified());
    }

    private static Resource qualification(Model m, CompetenceFramework f, Qualification q, int position) {
        Resource r = m.createResource(unique(m, iri(f.id(), "qualification", q.id())))
                .addProperty(RDF.type, QUALIFICATION)
                .addProperty(IDENTIFIER, q.id()).addLiteral(POSITION, position)
                .addLiteral(IS_PARTIAL_QUALIFICATION, false);
        text(r, TITLE, q.title());
        text(r, DESCRIPTION, q.description());
        if (q.eqfLevel() != null) {
            r.addProperty(EQF_LEVEL, m.createResource(q.eqfLevel().uri()));
        }
        NationalLevel nqf = q.nqfLevel();
        if (nqf != null) {
            Resource level = m.createResource().addProperty(NATIONAL_FRAMEWORK, nqf.framework())
                    .addProperty(NOTATION, nqf.level());
            if (nqf.eqfLevel() != null) {
                level.addProperty(EQF_LEVEL, m.createResource(nqf.eqfLevel().uri()));
            }
            r.addProperty(NATIONAL_LEVEL, level);
            NationalFrameworks.defaults().byId(nqf.framework()).flatMap(fr -> fr.level(nqf.level()))
                    .map(NationalFrameworkLevel::uri).filter(uri -> uri != null)
                    .ifPresent(uri -> r.addProperty(NQF_LEVEL, m.createResource(uri)));
        }
        points(m, r, q.creditPoints());
        int i = 0;
        for (QualificationUnit qu : q.units()) {
            Resource unit = m.createResource(iri(f.id(), "unit", qu.unit()));
            r.addProperty(HAS_PART, unit);
            // the id is repeated on the entry: a qualification may name a unit the framework lacks (invalid, but kept)
            Resource entry = m.createResource().addProperty(HAS_UNIT, unit).addProperty(IDENTIFIER, qu.unit())
                    .addLiteral(POSITION, i++);
            points(m, entry, qu.points());
            if (qu.optionGroup() != null) {
                entry.addProperty(OPTION_GROUP, qu.optionGroup());
            }
            extensions(entry, qu.extensions());
            r.addProperty(UNIT_ENTRY, entry);
        }
        i = 0;
        for (OptionGroup g : q.optionGroups()) {
            Resource group = m.createResource().addProperty(IDENTIFIER, g.id()).addLiteral(CHOOSE, g.choose())
                    .addLiteral(POSITION, i++);
            text(group, TITLE, g.title());
            r.addProperty(OPTION_GROUP, group);
        }
        extensions(r, q.extensions());
        return r;
    }

    private static void points(Model m, Resource owner, List<CreditPoints> points) {
        int i = 0;
        for (CreditPoints p : points) {
            owner.addProperty(CREDIT_POINT_P, m.createResource().addProperty(RDF.type, CREDIT_POINT)
                    .addProperty(FRAMEWORK_P, m.createResource(p.system()))
                    .addProperty(POINT, p.value().toPlainString()).addLiteral(POSITION, i++));
        }
    }

    private static Resource unit(Model m, CompetenceFramework f, Unit u, int position) {
        Resource r = m.createResource(unique(m, iri(f.id(), "unit", u.id())))
                .addProperty(RDF.type, LEARNING_ACHIEVEMENT_SPECIFICATION).addProperty(RDF.type, UNIT)
                .addProperty(IDENTIFIER, u.id()).addLiteral(POSITION, position)
                .addProperty(IN_SCHEME, m.createResource(frameworkIri(f.id())));
        if (u.code() != null) {
            r.addProperty(NOTATION, u.code());
        }
        text(r, TITLE, u.title());
        text(r, DESCRIPTION, u.description());
        int i = 0;
        for (LearningOutcome o : u.learningOutcomes()) {
            r.addProperty(LEARNING_OUTCOME_P, outcome(m, f, o, i++));
        }
        texts(m, r, ASSESSMENT_CRITERION, u.assessmentCriteria());
        texts(m, r, ASSESSMENT_METHOD, u.assessmentMethods());
        if (u.validity() != null) {
            date(r, VALID_FROM, u.validity().from());
            date(r, VALID_UNTIL, u.validity().until());
            if (u.validity().from() == null && u.validity().until() == null) {
                r.addProperty(VALID_FROM, m.createResource(RDF.nil.getURI()));
            }
        }
        extensions(r, u.extensions());
        return r;
    }

    private static Resource outcome(Model m, CompetenceFramework f, LearningOutcome o, int position) {
        Resource type = switch (o.type()) {
            case KNOWLEDGE -> KNOWLEDGE;
            case SKILL -> SKILL;
            case COMPETENCE -> COMPETENCE;
        };
        Resource r = m.createResource(unique(m, iri(f.id(), "outcome", o.id())))
                .addProperty(RDF.type, LEARNING_OUTCOME)
                .addProperty(RDF.type, type).addProperty(IDENTIFIER, o.id()).addLiteral(POSITION, position)
                .addProperty(IN_SCHEME, m.createResource(frameworkIri(f.id())))
                .addProperty(TYPE, m.createResource(SKILL_TYPE
                        + (o.type() == OutcomeType.KNOWLEDGE ? "knowledge" : "skill")));
        if (o.code() != null) {
            r.addProperty(NOTATION, o.code());
        }
        text(r, TITLE, o.statement());
        if (o.weight() != null) {
            r.addProperty(WEIGHT, o.weight().toPlainString(), XSDDatatype.XSDdecimal);
        }
        if (!o.relatedConcepts().isEmpty()) {
            r.addProperty(RELATED_CONCEPTS, m.createList(o.relatedConcepts().stream()
                    .map(c -> (RDFNode) m.createResource(c)).iterator()));
            for (String c : o.relatedConcepts()) {
                r.addProperty(c.startsWith(ESCO_SKILL) ? RELATED_ESCO_SKILL : RELATED_SKILL, m.createResource(c));
            }
        }
        extensions(r, o.extensions());
        return r;
    }

    private static Resource mapping(Model m, CompetenceFramework f, Mapping mapping, int position) {
        Resource subject = m.createResource(subjectIri(f, mapping.subject()));
        Property predicate = m.createProperty(mapping.predicate());
        Resource object = m.createResource(mapping.object());
        subject.addProperty(predicate, object);
        Resource r = m.createResource().addProperty(RDF.type, AXIOM).addProperty(ANNOTATED_SOURCE, subject)
                .addProperty(ANNOTATED_PROPERTY, predicate).addProperty(ANNOTATED_TARGET, object)
                .addProperty(SUBJECT_ID, mapping.subject()).addLiteral(POSITION, position)
                .addProperty(JUSTIFICATION, m.createResource(mapping.justification()));
        if (mapping.objectLabel() != null) {
            r.addProperty(OBJECT_LABEL, mapping.objectLabel());
        }
        if (mapping.confidence() != null) {
            r.addProperty(CONFIDENCE, mapping.confidence().toPlainString(), XSDDatatype.XSDdecimal);
        }
        if (mapping.author() != null) {
            r.addProperty(AUTHOR_LABEL, mapping.author());
        }
        date(r, MAPPING_DATE, mapping.date());
        if (mapping.objectVersion() != null) {
            r.addProperty(OBJECT_VERSION, mapping.objectVersion());
        }
        if (mapping.comment() != null) {
            r.addProperty(COMMENT, mapping.comment());
        }
        return r;
    }

    /** The subject of a mapping: the outcome, unit or qualification with that id, else an IRI made from it. */
    private static String subjectIri(CompetenceFramework f, String id) {
        for (Unit u : f.units()) {
            if (u.id().equals(id)) {
                return iri(f.id(), "unit", id);
            }
            for (LearningOutcome o : u.learningOutcomes()) {
                if (o.id().equals(id)) {
                    return iri(f.id(), "outcome", id);
                }
            }
        }
        if (f.qualification(id).isPresent()) {
            return iri(f.id(), "qualification", id);
        }
        return iri(f.id(), "concept", id);
    }

    /**
     * The IRI, or for a second item with the same id (an invalid model, but one that must survive the round trip)
     * the IRI with {@code ~2}, {@code ~3} ... appended.
     */
    private static String unique(Model m, String iri) {
        String candidate = iri;
        for (int n = 2; m.contains(m.createResource(candidate), RDF.type); n++) {
            candidate = iri + "~" + n;
        }
        return candidate;
    }

    private static void texts(Model m, Resource r, Property p, List<LocalizedText> texts) {
        int i = 0;
        for (LocalizedText t : texts) {
            Resource node = m.createResource().addLiteral(POSITION, i++);
            text(node, TEXT, t);
            r.addProperty(p, node);
        }
    }

    private static void text(Resource r, Property p, LocalizedText text) {
        if (text != null) {
            text.texts().forEach((lang, value) -> r.addProperty(p, value, lang));
        }
    }

    private static void date(Resource r, Property p, LocalDate date) {
        if (date != null) {
            r.addProperty(p, date.toString(), XSDDatatype.XSDdate);
        }
    }

    private static void extensions(Resource r, Extensions extensions) {
        if (extensions != null && !extensions.isEmpty()) {
            // JSON text as a plain string: an rdf:JSON literal would be canonicalised by JSON-LD (keys sorted)
            r.addProperty(EXTENSIONS, JsonOut.object().putExtensions(extensions).toString().strip());
        }
    }

    // ------------------------------------------------------------------ IRIs

    /** The framework's IRI: its id when that is an absolute IRI, else a URN made from it. */
    public static String frameworkIri(String id) {
        try {
            URI uri = new URI(id);
            if (uri.isAbsolute()) {
                return id;
            }
        } catch (java.net.URISyntaxException e) {
            // not an IRI: fall through
        }
        return "urn:kulisse:framework:" + encode(id);
    }

    private static String base(String frameworkId) {
        String iri = frameworkIri(frameworkId);
        return iri.endsWith("/") || iri.endsWith("#") ? iri : iri + "/";
    }

    public static String iri(String frameworkId, String kind, String id) {
        return base(frameworkId) + kind + "/" + encode(id);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads the one framework in a model.
     *
     * @throws IllegalArgumentException if the model holds no framework, or several, or a required part is missing
     */
    public static CompetenceFramework fromModel(Model m) {
        return new Reading().framework(m);
    }

    /** One read: remembers the framework's language order for the texts. */
    private static final class Reading {
        private List<String> languages = List.of();

        private CompetenceFramework framework(Model m) {
            List<Resource> frameworks = m.listResourcesWithProperty(RDF.type, FRAMEWORK).toList();
            if (frameworks.size() != 1) {
                throw new IllegalArgumentException("expected one kulisse:CompetenceFramework, found " + frameworks.size());
            }
            Resource fw = frameworks.get(0);
            String languageList = string(fw, LANGUAGES);
            this.languages = languageList == null || languageList.isEmpty() ? List.of()
                    : List.of(languageList.split(" "));
            CompetenceFramework.Builder builder = CompetenceFramework.builder(required(fw, IDENTIFIER))
                    .version(string(fw, HAS_VERSION)).title(text(fw, TITLE)).description(text(fw, DESCRIPTION))
                    .languages(this.languages.toArray(String[]::new));
            List<String> authors = new ArrayList<>();
            Statement authorList = fw.getProperty(AUTHORS);
            if (authorList != null) {
                authorList.getObject().as(RDFList.class).iterator().forEachRemaining(n -> authors.add(
                        n.asLiteral().getString()));
            }
            builder.provenance(new Provenance(string(fw, SOURCE), string(fw, LICENSE), authors, date(fw, CREATED),
                    date(fw, MODIFIED)));
            builder.extensions(extensions(fw));
            for (Resource q : ordered(fw, QUALIFICATION_P)) {
                builder.qualification(qualification(q));
            }
            builder.units(ordered(fw, HAS_UNIT).stream().map(this::unit).toList());
            for (Resource mapping : ordered(fw, MAPPING)) {
                builder.mapping(mapping(mapping));
            }
            return builder.build();
        }

        private Qualification qualification(Resource q) {
            NationalLevel nqf = null;
            Statement level = q.getProperty(NATIONAL_LEVEL);
            if (level != null) {
                Resource l = level.getResource();
                nqf = new NationalLevel(required(l, NATIONAL_FRAMEWORK), required(l, NOTATION), eqf(l));
            }
            List<QualificationUnit> units = new ArrayList<>();
            for (Resource entry : ordered(q, UNIT_ENTRY)) {
                units.add(new QualificationUnit(required(entry, IDENTIFIER,
                        "a unit entry of qualification " + string(q, IDENTIFIER)), points(entry),
                        string(entry, OPTION_GROUP),
                        extensions(entry)));
            }
            List<OptionGroup> groups = new ArrayList<>();
            for (Resource g : ordered(q, OPTION_GROUP)) {
                groups.add(new OptionGroup(required(g, IDENTIFIER), text(g, TITLE), g.getProperty(CHOOSE).getInt()));
            }
            return new Qualification(required(q, IDENTIFIER), text(q, TITLE), text(q, DESCRIPTION), eqf(q), nqf,
                    points(q), units, groups, extensions(q));
        }

        private Unit unit(Resource u) {
            List<LearningOutcome> outcomes = ordered(u, LEARNING_OUTCOME_P).stream().map(this::outcome)
                    .toList();
            Period validity = null;
            if (u.hasProperty(VALID_FROM) || u.hasProperty(VALID_UNTIL)) {
                validity = new Period(date(u, VALID_FROM), date(u, VALID_UNTIL));
            }
            return new Unit(required(u, IDENTIFIER), string(u, NOTATION), text(u, TITLE), text(u, DESCRIPTION), outcomes,
                    texts(u, ASSESSMENT_CRITERION), texts(u, ASSESSMENT_METHOD), validity, extensions(u));
        }

        private LearningOutcome outcome(Resource o) {
            OutcomeType type;
            if (o.hasProperty(RDF.type, KNOWLEDGE)) {
                type = OutcomeType.KNOWLEDGE;
            } else if (o.hasProperty(RDF.type, COMPETENCE)) {
                type = OutcomeType.COMPETENCE;
            } else if (o.hasProperty(RDF.type, SKILL)) {
                type = OutcomeType.SKILL;
            } else {
                throw new IllegalArgumentException("the learning outcome " + o + " is neither kulisse:Knowledge, "
                        + "kulisse:Skill nor kulisse:Competence");
            }
            List<String> related = new ArrayList<>();
            Statement list = o.getProperty(RELATED_CONCEPTS);
            if (list != null) {
                list.getObject().as(RDFList.class).iterator().forEachRemaining(n -> related.add(n.asResource().getURI()));
            }
            String weight = string(o, WEIGHT);
            return LearningOutcome.of(type, required(o, IDENTIFIER), string(o, NOTATION), text(o, TITLE),
                    weight == null ? null : new BigDecimal(weight), related, extensions(o));
        }

        private Mapping mapping(Resource a) {
            String confidence = string(a, CONFIDENCE);
            return new Mapping(required(a, SUBJECT_ID), a.getPropertyResourceValue(ANNOTATED_PROPERTY).getURI(),
                    a.getPropertyResourceValue(ANNOTATED_TARGET).getURI(), string(a, OBJECT_LABEL),
                    a.getPropertyResourceValue(JUSTIFICATION).getURI(),
                    confidence == null ? null : new BigDecimal(confidence), string(a, AUTHOR_LABEL),
                    date(a, MAPPING_DATE), string(a, OBJECT_VERSION), string(a, COMMENT));
        }

        private List<CreditPoints> points(Resource owner) {
            return ordered(owner, CREDIT_POINT_P).stream().map(p -> new CreditPoints(new BigDecimal(required(p, POINT)),
                    p.getPropertyResourceValue(FRAMEWORK_P).getURI())).toList();
        }

        private EqfLevel eqf(Resource r) {
            Resource level = r.getPropertyResourceValue(EQF_LEVEL);
            if (level == null) {
                return null;
            }
            // out-of-range levels are kept as written (validation reports them), like the JSON reader does
            String uri = level.getURI();
            if (uri == null || !uri.startsWith(EqfLevel.URI_PREFIX)
                    || !uri.substring(EqfLevel.URI_PREFIX.length()).matches("-?[0-9]{1,9}")) {
                throw new IllegalArgumentException("not an EQF level concept: " + level);
            }
            return new EqfLevel(Integer.parseInt(uri.substring(EqfLevel.URI_PREFIX.length())));
        }

        private List<LocalizedText> texts(Resource r, Property p) {
            return ordered(r, p).stream().map(t -> text(t, TEXT)).toList();
        }

        /** The objects of a property, in the order of their kulisse:position. */
        private List<Resource> ordered(Resource r, Property p) {
            List<Resource> items = new ArrayList<>();
            r.listProperties(p).forEachRemaining(s -> items.add(s.getResource()));
            items.sort(Comparator.comparingInt(item -> {
                Statement position = item.getProperty(POSITION);
                return position == null ? Integer.MAX_VALUE : position.getInt();
            }));
            return items;
        }

        /** A language-tagged text, its languages in the framework's order (RDF keeps none), others after by tag. */
        private LocalizedText text(Resource r, Property p) {
            Map<String, String> texts = new LinkedHashMap<>();
            List<Literal> literals = new ArrayList<>();
            r.listProperties(p).forEachRemaining(s -> literals.add(s.getLiteral()));
            literals.sort(Comparator.comparingInt((Literal l) -> {
                int index = languages.indexOf(l.getLanguage());
                return index < 0 ? Integer.MAX_VALUE : index;
            }).thenComparing(Literal::getLanguage));
            for (Literal l : literals) {
                texts.put(l.getLanguage(), l.getLexicalForm());
            }
            return new LocalizedText(texts);
        }

        private String string(Resource r, Property p) {
            Statement s = r.getProperty(p);
            return s == null ? null : s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : null;
        }

        private String required(Resource r, Property p) {
            return required(r, p, String.valueOf(r));
        }

        private String required(Resource r, Property p, String what) {
            String value = r == null ? null : string(r, p);
            if (value == null) {
                throw new IllegalArgumentException(what + " has no " + p.getLocalName());
            }
            return value;
        }

        private LocalDate date(Resource r, Property p) {
            String value = string(r, p);
            return value == null ? null : LocalDate.parse(value);
        }

        private Extensions extensions(Resource r) {
            String json = string(r, EXTENSIONS);
            if (json == null) {
                return Extensions.none();
            }
            return KulisseJson.create().parse(json).map(c -> c.extensions(Set.of()));
        }
    }
}
