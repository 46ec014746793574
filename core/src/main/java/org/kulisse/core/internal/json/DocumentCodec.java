package org.kulisse.core.internal.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kulisse.core.json.KulisseDocument;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LanguageSkill;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.NationalLevel;
import org.kulisse.core.model.OptionGroup;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.PersonName;
import org.kulisse.core.model.Provenance;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mapping between Kulisse JSON v1 trees and the core model, both ways. Field names equal the record component
 * names, so validation paths and JSON pointers agree. Objects that carry {@link Extensions} keep unknown fields; the
 * small value objects (credit points, levels, periods, names) refuse them, so that nothing is dropped silently.
 */
public final class DocumentCodec {

    private static final Set<String> HEADER = Set.of("kulisse", "type");
    private static final Set<String> FRAMEWORK_FIELDS = union(HEADER, "id", "version", "title", "description",
            "languages", "provenance", "qualifications", "units");
    private static final Set<String> QUALIFICATION_FIELDS = Set.of("id", "title", "description", "eqfLevel",
            "nqfLevel", "creditPoints", "units", "optionGroups");
    private static final Set<String> QUALIFICATION_UNIT_FIELDS = Set.of("unit", "points", "optionGroup");
    private static final Set<String> UNIT_FIELDS = Set.of("id", "code", "title", "description", "learningOutcomes",
            "assessmentCriteria", "assessmentMethods", "validity");
    private static final Set<String> OUTCOME_FIELDS = Set.of("type", "id", "code", "statement", "weight",
            "relatedConcepts");
    private static final Set<String> LEARNER_FIELDS = union(HEADER, "id", "name", "birthDate", "nationality",
            "email", "languages");

    private final JsonMapper mapper;
    private final ObjectWriter writer;

    public DocumentCodec(JsonMapper mapper) {
        this.mapper = mapper;
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.writer = mapper.writer().with(printer);
    }

    // ---------------------------------------------------------------- reading

    /** Checks the {@code "kulisse"} version and returns the {@code "type"}. */
    public String header(JsonNode tree) {
        Cursor root = Cursor.root(tree).object();
        String version = root.string("kulisse");
        if (version == null) {
            throw root.field("kulisse").error("not a Kulisse JSON document: the \"kulisse\" format version is missing");
        }
        if (!version.equals("1") && !version.startsWith("1.")) {
            throw root.field("kulisse").error("unsupported Kulisse JSON version \"" + version
                    + "\"; this library reads 1.x");
        }
        String type = root.string("type");
        if (type == null) {
            throw root.field("type").error("the document \"type\" is missing");
        }
        return type;
    }

    public KulisseDocument read(JsonNode tree) {
        String type = header(tree);
        Cursor root = Cursor.root(tree);
        return switch (type) {
            case KulisseJson.TYPE_FRAMEWORK -> new KulisseDocument.Framework(framework(root));
            case KulisseJson.TYPE_LEARNER -> new KulisseDocument.LearnerDoc(learner(root));
            default -> throw root.field("type").error("unknown document type \"" + type + "\" (core reads \""
                    + KulisseJson.TYPE_FRAMEWORK + "\" and \"" + KulisseJson.TYPE_LEARNER + "\")");
        };
    }

    private CompetenceFramework framework(Cursor c) {
        return new CompetenceFramework(
                c.string("id"),
                c.string("version"),
                c.text("title"),
                c.text("description"),
                c.strings("languages"),
                c.array("qualifications", this::qualification),
                c.array("units", this::unit),
                provenance(c.optionalObject("provenance")),
                c.extensions(FRAMEWORK_FIELDS));
    }

    private Provenance provenance(Cursor c) {
        if (c == null) {
            return Provenance.none();
        }
        closed(c, "source", "licence", "authors", "created", "modified");
        return new Provenance(c.string("source"), c.string("licence"), c.strings("authors"), c.date("created"),
                c.date("modified"));
    }

    private Qualification qualification(Cursor c) {
        c.object();
        return new Qualification(
                c.string("id"),
                c.text("title"),
                c.text("description"),
                eqfLevel(c, "eqfLevel"),
                nationalLevel(c.optionalObject("nqfLevel")),
                c.array("creditPoints", this::creditPoints),
                c.array("units", this::qualificationUnit),
                c.array("optionGroups", this::optionGroup),
                c.extensions(QUALIFICATION_FIELDS));
    }

    private static EqfLevel eqfLevel(Cursor c, String name) {
        Integer level = c.integer(name);
        return level == null ? null : new EqfLevel(level);
    }

    private NationalLevel nationalLevel(Cursor c) {
        if (c == null) {
            return null;
        }
        closed(c, "framework", "level", "eqfLevel");
        return new NationalLevel(c.string("framework"), c.string("level"), eqfLevel(c, "eqfLevel"));
    }

    private CreditPoints creditPoints(Cursor c) {
        c.object();
        closed(c, "value", "system");
        return new CreditPoints(c.decimal("value"), c.string("system"));
    }

    private QualificationUnit qualificationUnit(Cursor c) {
        c.object();
        return new QualificationUnit(c.string("unit"), c.array("points", this::creditPoints), c.string("optionGroup"),
                c.extensions(QUALIFICATION_UNIT_FIELDS));
    }

    private OptionGroup optionGroup(Cursor c) {
        c.object();
        closed(c, "id", "title", "choose");
        Integer choose = c.integer("choose");
        return new OptionGroup(c.string("id"), c.text("title"), choose == null ? 1 : choose);
    }

    private Unit unit(Cursor c) {
        c.object();
        return new Unit(
                c.string("id"),
                c.string("code"),
                c.text("title"),
                c.text("description"),
                c.array("learningOutcomes", this::outcome),
                c.array("assessmentCriteria", Cursor::asText),
                c.array("assessmentMethods", Cursor::asText),
                period(c.optionalObject("validity")),
                c.extensions(UNIT_FIELDS));
    }

    private Period period(Cursor c) {
        if (c == null) {
            return null;
        }
        closed(c, "from", "until");
        return new Period(c.date("from"), c.date("until"));
    }

    private LearningOutcome outcome(Cursor c) {
        c.object();
        String type = c.requiredString("type");
        OutcomeType kind = null;
        for (OutcomeType candidate : OutcomeType.values()) {
            if (candidate.jsonName().equals(type)) {
                kind = candidate;
            }
        }
        if (kind == null) {
            throw c.field("type").error("unknown outcome type \"" + type
                    + "\"; expected \"knowledge\", \"skill\" or \"competence\"");
        }
        return LearningOutcome.of(kind, c.string("id"), c.string("code"), c.text("statement"), c.decimal("weight"),
                c.strings("relatedConcepts"), c.extensions(OUTCOME_FIELDS));
    }

    private Learner learner(Cursor c) {
        Cursor name = c.optionalObject("name");
        PersonName personName = null;
        if (name != null) {
            closed(name, "given", "family");
            personName = new PersonName(name.string("given"), name.string("family"));
        }
        return new Learner(c.string("id"), personName, c.date("birthDate"), c.string("nationality"),
                c.string("email"), c.array("languages", this::languageSkill), c.extensions(LEARNER_FIELDS));
    }

    private LanguageSkill languageSkill(Cursor c) {
        c.object();
        closed(c, "language", "motherTongue", "listening", "reading", "spokenInteraction", "spokenProduction",
                "writing");
        Boolean mother = c.bool("motherTongue");
        return new LanguageSkill(c.string("language"), mother != null && mother, c.string("listening"),
                c.string("reading"), c.string("spokenInteraction"), c.string("spokenProduction"),
                c.string("writing"));
    }

    /** Value objects have no extensions: an unknown field there is refused rather than dropped. */
    private static void closed(Cursor c, String... known) {
        Set<String> allowed = Set.of(known);
        for (String name : c.node().propertyNames()) {
            if (!allowed.contains(name)) {
                throw c.field(name).error("unknown field \"" + name + "\" (allowed here: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    // ---------------------------------------------------------------- writing

    public byte[] write(CompetenceFramework f) {
        ObjectNode root = header(KulisseJson.TYPE_FRAMEWORK);
        putString(root, "id", f.id());
        putString(root, "version", f.version());
        putText(root, "title", f.title());
        putText(root, "description", f.description());
        if (!f.languages().isEmpty()) {
            ArrayNode languages = root.putArray("languages");
            f.languages().forEach(languages::add);
        }
        if (!f.provenance().isEmpty()) {
            Provenance p = f.provenance();
            ObjectNode provenance = root.putObject("provenance");
            putString(provenance, "source", p.source());
            putString(provenance, "licence", p.licence());
            putStrings(provenance, "authors", p.authors());
            putDate(provenance, "created", p.created());
            putDate(provenance, "modified", p.modified());
        }
        if (!f.qualifications().isEmpty()) {
            ArrayNode qualifications = root.putArray("qualifications");
            f.qualifications().forEach(q -> qualifications.add(qualification(q)));
        }
        if (!f.units().isEmpty()) {
            ArrayNode units = root.putArray("units");
            f.units().forEach(u -> units.add(unit(u)));
        }
        putExtensions(root, f.extensions());
        return bytes(root);
    }

    public byte[] write(Learner l) {
        ObjectNode root = header(KulisseJson.TYPE_LEARNER);
        putString(root, "id", l.id());
        if (l.name() != null) {
            ObjectNode name = root.putObject("name");
            putString(name, "given", l.name().given());
            putString(name, "family", l.name().family());
        }
        putDate(root, "birthDate", l.birthDate());
        putString(root, "nationality", l.nationality());
        putString(root, "email", l.email());
        if (!l.languages().isEmpty()) {
            ArrayNode languages = root.putArray("languages");
            for (LanguageSkill s : l.languages()) {
                ObjectNode skill = languages.addObject();
                putString(skill, "language", s.language());
                if (s.motherTongue()) {
                    skill.put("motherTongue", true);
                }
                putString(skill, "listening", s.listening());
                putString(skill, "reading", s.reading());
                putString(skill, "spokenInteraction", s.spokenInteraction());
                putString(skill, "spokenProduction", s.spokenProduction());
                putString(skill, "writing", s.writing());
            }
        }
        putExtensions(root, l.extensions());
        return bytes(root);
    }

    private ObjectNode header(String type) {
        ObjectNode root = mapper.createObjectNode();
        root.put("kulisse", KulisseJson.FORMAT_VERSION);
        root.put("type", type);
        return root;
    }

    private ObjectNode qualification(Qualification q) {
        ObjectNode node = mapper.createObjectNode();
        putString(node, "id", q.id());
        putText(node, "title", q.title());
        putText(node, "description", q.description());
        if (q.eqfLevel() != null) {
            node.put("eqfLevel", q.eqfLevel().value());
        }
        if (q.nqfLevel() != null) {
            ObjectNode nqf = node.putObject("nqfLevel");
            putString(nqf, "framework", q.nqfLevel().framework());
            putString(nqf, "level", q.nqfLevel().level());
            if (q.nqfLevel().eqfLevel() != null) {
                nqf.put("eqfLevel", q.nqfLevel().eqfLevel().value());
            }
        }
        putPoints(node, "creditPoints", q.creditPoints());
        if (!q.units().isEmpty()) {
            ArrayNode units = node.putArray("units");
            for (QualificationUnit qu : q.units()) {
                ObjectNode entry = units.addObject();
                putString(entry, "unit", qu.unit());
                putPoints(entry, "points", qu.points());
                putString(entry, "optionGroup", qu.optionGroup());
                putExtensions(entry, qu.extensions());
            }
        }
        if (!q.optionGroups().isEmpty()) {
            ArrayNode groups = node.putArray("optionGroups");
            for (OptionGroup g : q.optionGroups()) {
                ObjectNode group = groups.addObject();
                putString(group, "id", g.id());
                putText(group, "title", g.title());
                group.put("choose", g.choose());
            }
        }
        putExtensions(node, q.extensions());
        return node;
    }

    private ObjectNode unit(Unit u) {
        ObjectNode node = mapper.createObjectNode();
        putString(node, "id", u.id());
        putString(node, "code", u.code());
        putText(node, "title", u.title());
        putText(node, "description", u.description());
        if (!u.learningOutcomes().isEmpty()) {
            ArrayNode outcomes = node.putArray("learningOutcomes");
            for (LearningOutcome o : u.learningOutcomes()) {
                ObjectNode outcome = outcomes.addObject();
                outcome.put("type", o.type().jsonName());
                putString(outcome, "id", o.id());
                putString(outcome, "code", o.code());
                putText(outcome, "statement", o.statement());
                putDecimal(outcome, "weight", o.weight());
                putStrings(outcome, "relatedConcepts", o.relatedConcepts());
                putExtensions(outcome, o.extensions());
            }
        }
        putTexts(node, "assessmentCriteria", u.assessmentCriteria());
        putTexts(node, "assessmentMethods", u.assessmentMethods());
        if (u.validity() != null) {
            ObjectNode validity = node.putObject("validity");
            putDate(validity, "from", u.validity().from());
            putDate(validity, "until", u.validity().until());
        }
        putExtensions(node, u.extensions());
        return node;
    }

    private static void putString(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putDecimal(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putDate(ObjectNode node, String name, LocalDate value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    private static void putStrings(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }

    private static void putText(ObjectNode node, String name, LocalizedText text) {
        if (text != null && !text.isEmpty()) {
            ObjectNode object = node.putObject(name);
            text.texts().forEach(object::put);
        }
    }

    private static void putTexts(ObjectNode node, String name, List<LocalizedText> texts) {
        if (!texts.isEmpty()) {
            ArrayNode array = node.putArray(name);
            for (LocalizedText text : texts) {
                ObjectNode object = array.addObject();
                text.texts().forEach(object::put);
            }
        }
    }

    private static void putPoints(ObjectNode node, String name, List<CreditPoints> points) {
        if (!points.isEmpty()) {
            ArrayNode array = node.putArray(name);
            for (CreditPoints p : points) {
                ObjectNode entry = array.addObject();
                putDecimal(entry, "value", p.value());
                putString(entry, "system", p.system());
            }
        }
    }

    private static void putExtensions(ObjectNode node, Extensions extensions) {
        for (Map.Entry<String, Object> entry : extensions.values().entrySet()) {
            node.set(entry.getKey(), JsonValues.toJson(entry.getValue()));
        }
    }

    private byte[] bytes(ObjectNode root) {
        byte[] json = writer.writeValueAsBytes(root);
        byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    private static Set<String> union(Set<String> base, String... more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
