package org.kulisse.core.internal.json;

import java.util.List;
import java.util.Set;
import org.kulisse.core.json.JsonCursor;
import org.kulisse.core.json.JsonOut;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LanguageSkill;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.model.NationalLevel;
import org.kulisse.core.model.OptionGroup;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.PersonName;
import org.kulisse.core.model.Provenance;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;

/**
 * The mapping between Kulisse JSON v1 and the core model (frameworks and learners), both ways. Field names equal the
 * record component names, so validation paths and JSON pointers agree. Objects that carry {@link Extensions} keep
 * unknown fields; the small value objects (credit points, levels, periods, names) refuse them, so that nothing is
 * dropped silently.
 */
public final class DocumentCodec {

    private static final Set<String> FRAMEWORK_FIELDS = Set.of("kulisse", "type", "id", "version", "title",
            "description", "languages", "provenance", "qualifications", "units", "mappings");
    private static final Set<String> QUALIFICATION_FIELDS = Set.of("id", "title", "description", "eqfLevel",
            "nqfLevel", "creditPoints", "units", "optionGroups");
    private static final Set<String> QUALIFICATION_UNIT_FIELDS = Set.of("unit", "points", "optionGroup");
    private static final Set<String> UNIT_FIELDS = Set.of("id", "code", "title", "description", "learningOutcomes",
            "assessmentCriteria", "assessmentMethods", "validity");
    private static final Set<String> OUTCOME_FIELDS = Set.of("type", "id", "code", "statement", "weight",
            "relatedConcepts");
    private static final Set<String> LEARNER_FIELDS = Set.of("kulisse", "type", "id", "name", "birthDate",
            "nationality", "email", "languages");

    private DocumentCodec() {
    }

    // ---------------------------------------------------------------- reading

    public static CompetenceFramework framework(JsonCursor c) {
        return new CompetenceFramework(
                c.string("id"),
                c.string("version"),
                c.text("title"),
                c.text("description"),
                c.strings("languages"),
                c.array("qualifications", DocumentCodec::qualification),
                c.array("units", DocumentCodec::unit),
                c.array("mappings", DocumentCodec::mapping),
                provenance(c.optionalObject("provenance")),
                c.extensions(FRAMEWORK_FIELDS));
    }

    private static Mapping mapping(JsonCursor c) {
        c.object().closed("subject", "predicate", "object", "objectLabel", "justification", "confidence", "author",
                "date", "objectVersion", "comment");
        return new Mapping(c.string("subject"), c.string("predicate"), c.string("object"), c.string("objectLabel"),
                c.string("justification"), c.decimal("confidence"), c.string("author"), c.date("date"),
                c.string("objectVersion"), c.string("comment"));
    }

    private static Provenance provenance(JsonCursor c) {
        if (c == null) {
            return Provenance.none();
        }
        c.closed("source", "licence", "authors", "created", "modified");
        return new Provenance(c.string("source"), c.string("licence"), c.strings("authors"), c.date("created"),
                c.date("modified"));
    }

    private static Qualification qualification(JsonCursor c) {
        c.object();
        return new Qualification(
                c.string("id"),
                c.text("title"),
                c.text("description"),
                c.eqfLevel("eqfLevel"),
                nationalLevel(c.optionalObject("nqfLevel")),
                c.creditPointsList("creditPoints"),
                c.array("units", DocumentCodec::qualificationUnit),
                c.array("optionGroups", DocumentCodec::optionGroup),
                c.extensions(QUALIFICATION_FIELDS));
    }

    /** {@code {"framework": "DQR", "level": "4", "eqfLevel": 4}}, or null when absent. */
    public static NationalLevel nationalLevel(JsonCursor c) {
        if (c == null) {
            return null;
        }
        c.closed("framework", "level", "eqfLevel");
        return new NationalLevel(c.string("framework"), c.string("level"), c.eqfLevel("eqfLevel"));
    }

    private static QualificationUnit qualificationUnit(JsonCursor c) {
        c.object();
        return new QualificationUnit(c.string("unit"), c.creditPointsList("points"), c.string("optionGroup"),
                c.extensions(QUALIFICATION_UNIT_FIELDS));
    }

    private static OptionGroup optionGroup(JsonCursor c) {
        c.object().closed("id", "title", "choose");
        Integer choose = c.integer("choose");
        return new OptionGroup(c.string("id"), c.text("title"), choose == null ? 1 : choose);
    }

    private static Unit unit(JsonCursor c) {
        c.object();
        return new Unit(
                c.string("id"),
                c.string("code"),
                c.text("title"),
                c.text("description"),
                c.array("learningOutcomes", DocumentCodec::outcome),
                c.array("assessmentCriteria", JsonCursor::asText),
                c.array("assessmentMethods", JsonCursor::asText),
                period(c.optionalObject("validity")),
                c.extensions(UNIT_FIELDS));
    }

    /** {@code {"from": "2026-01-01", "until": "2026-12-31"}}, or null when absent. */
    public static Period period(JsonCursor c) {
        if (c == null) {
            return null;
        }
        c.closed("from", "until");
        return new Period(c.date("from"), c.date("until"));
    }

    private static LearningOutcome outcome(JsonCursor c) {
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

    public static Learner learner(JsonCursor c) {
        JsonCursor name = c.optionalObject("name");
        PersonName personName = null;
        if (name != null) {
            name.closed("given", "family");
            personName = new PersonName(name.string("given"), name.string("family"));
        }
        return new Learner(c.string("id"), personName, c.date("birthDate"), c.string("nationality"),
                c.string("email"), c.array("languages", DocumentCodec::languageSkill), c.extensions(LEARNER_FIELDS));
    }

    private static LanguageSkill languageSkill(JsonCursor c) {
        c.object().closed("language", "motherTongue", "listening", "reading", "spokenInteraction", "spokenProduction",
                "writing");
        Boolean mother = c.bool("motherTongue");
        return new LanguageSkill(c.string("language"), mother != null && mother, c.string("listening"),
                c.string("reading"), c.string("spokenInteraction"), c.string("spokenProduction"),
                c.string("writing"));
    }

    // ---------------------------------------------------------------- writing

    public static JsonOut write(CompetenceFramework f) {
        JsonOut out = JsonOut.document(KulisseJson.TYPE_FRAMEWORK)
                .put("id", f.id())
                .put("version", f.version())
                .put("title", f.title())
                .put("description", f.description())
                .putStrings("languages", f.languages());
        if (!f.provenance().isEmpty()) {
            Provenance p = f.provenance();
            out.put("provenance", JsonOut.object().put("source", p.source()).put("licence", p.licence())
                    .putStrings("authors", p.authors()).put("created", p.created()).put("modified", p.modified()));
        }
        return out.putObjects("qualifications", f.qualifications().stream().map(DocumentCodec::qualification).toList())
                .putObjects("units", f.units().stream().map(DocumentCodec::unit).toList())
                .putObjects("mappings", f.mappings().stream().map(m -> JsonOut.object()
                        .put("subject", m.subject())
                        .put("predicate", m.predicate())
                        .put("object", m.object())
                        .put("objectLabel", m.objectLabel())
                        .put("justification", m.justification())
                        .put("confidence", m.confidence())
                        .put("author", m.author())
                        .put("date", m.date())
                        .put("objectVersion", m.objectVersion())
                        .put("comment", m.comment())).toList())
                .putExtensions(f.extensions());
    }

    public static JsonOut write(Learner l) {
        JsonOut out = JsonOut.document(KulisseJson.TYPE_LEARNER).put("id", l.id());
        if (l.name() != null) {
            out.put("name", JsonOut.object().put("given", l.name().given()).put("family", l.name().family()));
        }
        return out.put("birthDate", l.birthDate())
                .put("nationality", l.nationality())
                .put("email", l.email())
                .putObjects("languages", l.languages().stream().map(s -> JsonOut.object()
                        .put("language", s.language())
                        .put("motherTongue", s.motherTongue() ? Boolean.TRUE : null)
                        .put("listening", s.listening())
                        .put("reading", s.reading())
                        .put("spokenInteraction", s.spokenInteraction())
                        .put("spokenProduction", s.spokenProduction())
                        .put("writing", s.writing())).toList())
                .putExtensions(l.extensions());
    }

    private static JsonOut qualification(Qualification q) {
        return JsonOut.object()
                .put("id", q.id())
                .put("title", q.title())
                .put("description", q.description())
                .put("eqfLevel", q.eqfLevel() == null ? null : java.math.BigDecimal.valueOf(q.eqfLevel().value()))
                .put("nqfLevel", nationalLevel(q.nqfLevel()))
                .putPoints("creditPoints", q.creditPoints())
                .putObjects("units", q.units().stream().map(qu -> JsonOut.object()
                        .put("unit", qu.unit())
                        .putPoints("points", qu.points())
                        .put("optionGroup", qu.optionGroup())
                        .putExtensions(qu.extensions())).toList())
                .putObjects("optionGroups", q.optionGroups().stream().map(g -> JsonOut.object()
                        .put("id", g.id())
                        .put("title", g.title())
                        .put("choose", g.choose())).toList())
                .putExtensions(q.extensions());
    }

    /** The JSON form of a national level, or null. */
    public static JsonOut nationalLevel(NationalLevel level) {
        if (level == null) {
            return null;
        }
        return JsonOut.object().put("framework", level.framework()).put("level", level.level())
                .put("eqfLevel", level.eqfLevel() == null ? null
                        : java.math.BigDecimal.valueOf(level.eqfLevel().value()));
    }

    /** The JSON form of a period, or null. */
    public static JsonOut period(Period period) {
        return period == null ? null : JsonOut.object().put("from", period.from()).put("until", period.until());
    }

    private static JsonOut unit(Unit u) {
        return JsonOut.object()
                .put("id", u.id())
                .put("code", u.code())
                .put("title", u.title())
                .put("description", u.description())
                .putObjects("learningOutcomes", u.learningOutcomes().stream().map(o -> JsonOut.object()
                        .put("type", o.type().jsonName())
                        .put("id", o.id())
                        .put("code", o.code())
                        .put("statement", o.statement())
                        .put("weight", o.weight())
                        .putStrings("relatedConcepts", o.relatedConcepts())
                        .putExtensions(o.extensions())).toList())
                .putTexts("assessmentCriteria", u.assessmentCriteria())
                .putTexts("assessmentMethods", u.assessmentMethods())
                .put("validity", period(u.validity()))
                .putExtensions(u.extensions());
    }

}
