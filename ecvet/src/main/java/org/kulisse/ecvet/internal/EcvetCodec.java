package org.kulisse.ecvet.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kulisse.core.json.JsonCursor;
import org.kulisse.core.json.JsonOut;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.NationalLevel;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.PersonName;
import org.kulisse.ecvet.AssessmentResult;
import org.kulisse.ecvet.Comparability;
import org.kulisse.ecvet.CompetentInstitution;
import org.kulisse.ecvet.ContactPerson;
import org.kulisse.ecvet.DecisionStatus;
import org.kulisse.ecvet.Deviation;
import org.kulisse.ecvet.InstitutionRole;
import org.kulisse.ecvet.LearnerRecord;
import org.kulisse.ecvet.LearnerRef;
import org.kulisse.ecvet.LearningAgreement;
import org.kulisse.ecvet.MemorandumOfUnderstanding;
import org.kulisse.ecvet.MouQualification;
import org.kulisse.ecvet.OutcomeMapping;
import org.kulisse.ecvet.OutcomeResult;
import org.kulisse.ecvet.PartialPointsPolicy;
import org.kulisse.ecvet.PersonalTranscript;
import org.kulisse.ecvet.Procedures;
import org.kulisse.ecvet.Reason;
import org.kulisse.ecvet.RecognitionDecision;
import org.kulisse.ecvet.Signature;
import org.kulisse.ecvet.Target;
import org.kulisse.ecvet.TrainingContext;
import org.kulisse.ecvet.TransferPolicy;
import org.kulisse.ecvet.TransferResult;
import org.kulisse.ecvet.UnitAward;
import org.kulisse.ecvet.UnitCorrespondence;
import org.kulisse.ecvet.UnitCredit;

/** Kulisse JSON for the ECVET documents, both ways. Field names are the record component names. */
public final class EcvetCodec {
    public static final String TYPE_MOU = "mou";
    public static final String TYPE_AGREEMENT = "learning-agreement";
    public static final String TYPE_TRANSCRIPT = "transcript";
    public static final String TYPE_RECORD = "learner-record";
    public static final String TYPE_DECISIONS = "transfer-decisions";

    private static final Set<String> MOU_FIELDS = Set.of("kulisse", "type", "id", "objectives", "signatories",
            "coveredOrganisations", "qualifications", "comparability", "unitCorrespondences", "procedures",
            "validity", "review", "signatures");
    private static final Set<String> INSTITUTION_FIELDS = Set.of("id", "name", "country", "address", "website",
            "contact", "roles");
    private static final Set<String> AGREEMENT_FIELDS = Set.of("kulisse", "type", "id", "mou", "learner", "home",
            "host", "period", "homeQualification", "hostQualification", "targets", "expectedPoints", "activities",
            "assessment", "recognitionClause", "training", "signatures");
    private static final Set<String> TRANSCRIPT_FIELDS = Set.of("kulisse", "type", "id", "agreement", "issuer",
            "learner", "issued", "results", "unitCredits", "deviations");

    private EcvetCodec() {
    }

    // ---------------------------------------------------------------- reading

    public static MemorandumOfUnderstanding mou(JsonCursor c) {
        return new MemorandumOfUnderstanding(c.string("id"), c.text("objectives"),
                c.array("signatories", EcvetCodec::institution), c.strings("coveredOrganisations"),
                c.array("qualifications", EcvetCodec::mouQualification),
                c.array("comparability", EcvetCodec::comparability),
                c.array("unitCorrespondences", EcvetCodec::correspondence), procedures(c.optionalObject("procedures")),
                period(c.optionalObject("validity")), c.text("review"), c.array("signatures", EcvetCodec::signature),
                c.extensions(MOU_FIELDS));
    }

    private static CompetentInstitution institution(JsonCursor c) {
        c.object();
        JsonCursor contact = c.optionalObject("contact");
        ContactPerson person = null;
        if (contact != null) {
            contact.closed("name", "position", "email", "phone");
            person = new ContactPerson(contact.string("name"), contact.string("position"), contact.string("email"),
                    contact.string("phone"));
        }
        return new CompetentInstitution(c.string("id"), c.string("name"), c.string("country"), c.string("address"),
                c.string("website"), person, c.array("roles", r -> enumValue(r, InstitutionRole.class)),
                c.extensions(INSTITUTION_FIELDS));
    }

    private static MouQualification mouQualification(JsonCursor c) {
        c.object().closed("id", "institution", "title", "eqfLevel", "nqfLevel", "points");
        JsonCursor nqf = c.optionalObject("nqfLevel");
        NationalLevel level = null;
        if (nqf != null) {
            nqf.closed("framework", "level", "eqfLevel");
            level = new NationalLevel(nqf.string("framework"), nqf.string("level"), nqf.eqfLevel("eqfLevel"));
        }
        return new MouQualification(c.string("id"), c.string("institution"), c.text("title"), c.eqfLevel("eqfLevel"),
                level, c.creditPointsList("points"));
    }

    private static Comparability comparability(JsonCursor c) {
        c.object().closed("homeQualification", "hostQualification", "comparable", "statement");
        Boolean comparable = c.bool("comparable");
        return new Comparability(c.string("homeQualification"), c.string("hostQualification"),
                comparable != null && comparable, c.text("statement"));
    }

    private static UnitCorrespondence correspondence(JsonCursor c) {
        c.object().closed("homeUnit", "hostUnit", "outcomeMappings", "creditValidity");
        String validity = c.string("creditValidity");
        java.time.Period creditValidity = null;
        if (validity != null) {
            try {
                creditValidity = java.time.Period.parse(validity);
            } catch (DateTimeParseException e) {
                throw c.field("creditValidity").error("expected an ISO 8601 period such as \"P3Y\", found \""
                        + validity + "\"");
            }
        }
        return new UnitCorrespondence(c.string("homeUnit"), c.string("hostUnit"),
                c.array("outcomeMappings", EcvetCodec::mapping), creditValidity);
    }

    private static OutcomeMapping mapping(JsonCursor c) {
        c.object().closed("homeOutcome", "hostOutcomes");
        return new OutcomeMapping(c.string("homeOutcome"), c.strings("hostOutcomes"));
    }

    private static Procedures procedures(JsonCursor c) {
        if (c == null) {
            return Procedures.none();
        }
        c.closed("assessment", "documentation", "validation", "recognition");
        return new Procedures(c.text("assessment"), c.text("documentation"), c.text("validation"),
                c.text("recognition"));
    }

    private static Period period(JsonCursor c) {
        if (c == null) {
            return null;
        }
        c.closed("from", "until");
        return new Period(c.date("from"), c.date("until"));
    }

    private static Signature signature(JsonCursor c) {
        c.object().closed("party", "signatory", "function", "place", "date");
        return new Signature(c.string("party"), c.string("signatory"), c.string("function"), c.string("place"),
                c.date("date"));
    }

    public static LearningAgreement agreement(JsonCursor c) {
        JsonCursor learner = c.optionalObject("learner");
        LearnerRef ref = null;
        if (learner != null) {
            learner.closed("id", "name");
            JsonCursor name = learner.optionalObject("name");
            PersonName personName = null;
            if (name != null) {
                name.closed("given", "family");
                personName = new PersonName(name.string("given"), name.string("family"));
            }
            ref = new LearnerRef(learner.string("id"), personName);
        }
        JsonCursor training = c.optionalObject("training");
        TrainingContext context = null;
        if (training != null) {
            training.closed("country", "durationWeeks", "agreedPlan");
            Boolean plan = training.bool("agreedPlan");
            context = new TrainingContext(training.string("country"), training.integer("durationWeeks"),
                    plan != null && plan);
        }
        return new LearningAgreement(c.string("id"), c.string("mou"), ref, c.string("home"), c.string("host"),
                period(c.optionalObject("period")), c.string("homeQualification"), c.string("hostQualification"),
                c.array("targets", EcvetCodec::target), c.creditPointsList("expectedPoints"), c.text("activities"),
                c.text("assessment"), c.text("recognitionClause"), context,
                c.array("signatures", EcvetCodec::signature), c.extensions(AGREEMENT_FIELDS));
    }

    private static Target target(JsonCursor c) {
        c.object().closed("homeUnit", "outcomes", "hostUnit", "outcomeMappings", "agreedPoints");
        return new Target(c.string("homeUnit"), c.strings("outcomes"), c.string("hostUnit"),
                c.array("outcomeMappings", EcvetCodec::mapping), c.creditPoints("agreedPoints"));
    }

    public static PersonalTranscript transcript(JsonCursor c) {
        return new PersonalTranscript(c.string("id"), c.string("agreement"), c.string("issuer"), c.string("learner"),
                c.date("issued"), c.array("results", EcvetCodec::result),
                c.array("unitCredits", EcvetCodec::unitCredit), c.array("deviations", EcvetCodec::deviation),
                c.extensions(TRANSCRIPT_FIELDS));
    }

    private static OutcomeResult result(JsonCursor c) {
        c.object().closed("outcome", "result", "grade", "gradingScheme", "method", "date", "assessor", "evidence");
        JsonCursor result = c.field("result");
        return new OutcomeResult(c.string("outcome"), result.isAbsent() ? null
                : enumValue(result, AssessmentResult.class), c.string("grade"), c.string("gradingScheme"),
                c.string("method"), c.date("date"), c.string("assessor"), c.strings("evidence"));
    }

    private static UnitCredit unitCredit(JsonCursor c) {
        c.object().closed("unit", "creditAwarded", "hostPoints");
        Boolean awarded = c.bool("creditAwarded");
        return new UnitCredit(c.string("unit"), awarded != null && awarded, c.creditPoints("hostPoints"));
    }

    private static Deviation deviation(JsonCursor c) {
        c.object().closed("description", "outcomes");
        return new Deviation(c.text("description"), c.strings("outcomes"));
    }

    public static LearnerRecord record(JsonCursor c) {
        c.closed("kulisse", "type", "learner", "awards");
        return new LearnerRecord(c.string("learner"), c.array("awards", a -> {
            a.object().closed("qualification", "unit", "points", "date", "source");
            return new UnitAward(a.string("qualification"), a.string("unit"), a.creditPoints("points"),
                    a.date("date"), a.string("source"));
        }));
    }

    public static TransferResult decisions(JsonCursor c) {
        c.closed("kulisse", "type", "agreement", "qualification", "recognitionDate", "policy", "decisions",
                "documentedOnly", "warnings", "accumulatedPoints", "qualificationComplete");
        JsonCursor policy = c.field("policy");
        TransferPolicy transferPolicy = policy.isAbsent() ? TransferPolicy.DEFAULT
                : TransferPolicy.DEFAULT.withPartialPoints(enumValue(policy, PartialPointsPolicy.class));
        Boolean complete = c.bool("qualificationComplete");
        return new TransferResult(c.string("agreement"), c.string("qualification"), c.date("recognitionDate"),
                transferPolicy, c.array("decisions", EcvetCodec::decision), c.strings("documentedOnly"),
                c.array("warnings", EcvetCodec::reason), c.creditPoints("accumulatedPoints"),
                complete != null && complete);
    }

    private static RecognitionDecision decision(JsonCursor c) {
        c.object().closed("unit", "unitId", "status", "coverage", "awardedPoints", "creditSystem",
                "coveredOutcomes", "gapOutcomes", "reasons", "evidence", "complementaryMeasures", "needsReview");
        BigDecimal points = c.decimal("awardedPoints");
        String system = c.string("creditSystem");
        String unitId = c.string("unitId");
        String unit = c.string("unit");
        Boolean review = c.bool("needsReview");
        return new RecognitionDecision(unitId != null ? unitId : unit, unitId != null ? unit : null,
                enumValue(c.field("status"), DecisionStatus.class), c.decimal("coverage"),
                points == null ? null : new CreditPoints(points, system), c.strings("coveredOutcomes"),
                c.strings("gapOutcomes"), c.array("reasons", EcvetCodec::reason),
                c.array("evidence", EcvetCodec::result), c.strings("complementaryMeasures"),
                review != null && review);
    }

    private static Reason reason(JsonCursor c) {
        c.object().closed("code", "outcome", "message");
        return new Reason(c.string("code"), c.string("message"), c.string("outcome"));
    }

    private static <E extends Enum<E>> E enumValue(JsonCursor c, Class<E> type) {
        String value = c.asString();
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw c.error("unknown value \"" + value + "\"; expected one of "
                    + List.of(type.getEnumConstants()).stream().map(Enum::name).toList());
        }
    }

    // ---------------------------------------------------------------- writing

    public static JsonOut write(MemorandumOfUnderstanding m) {
        return JsonOut.document(TYPE_MOU)
                .put("id", m.id())
                .put("objectives", m.objectives())
                .putObjects("signatories", m.signatories().stream().map(EcvetCodec::institution).toList())
                .putStrings("coveredOrganisations", m.coveredOrganisations())
                .putObjects("qualifications", m.qualifications().stream().map(q -> JsonOut.object()
                        .put("id", q.id())
                        .put("institution", q.institution())
                        .put("title", q.title())
                        .put("eqfLevel", level(q.eqfLevel()))
                        .put("nqfLevel", q.nqfLevel() == null ? null : JsonOut.object()
                                .put("framework", q.nqfLevel().framework()).put("level", q.nqfLevel().level())
                                .put("eqfLevel", level(q.nqfLevel().eqfLevel())))
                        .putPoints("points", q.points())).toList())
                .putObjects("comparability", m.comparability().stream().map(c -> JsonOut.object()
                        .put("homeQualification", c.homeQualification())
                        .put("hostQualification", c.hostQualification())
                        .put("comparable", c.comparable())
                        .put("statement", c.statement())).toList())
                .putObjects("unitCorrespondences", m.unitCorrespondences().stream().map(u -> JsonOut.object()
                        .put("homeUnit", u.homeUnit())
                        .put("hostUnit", u.hostUnit())
                        .putObjects("outcomeMappings", mappings(u.outcomeMappings()))
                        .put("creditValidity", u.creditValidity() == null ? null : u.creditValidity().toString()))
                        .toList())
                .put("procedures", procedures(m.procedures()))
                .put("validity", period(m.validity()))
                .put("review", m.review())
                .putObjects("signatures", signatures(m.signatures()))
                .putExtensions(m.extensions());
    }

    private static JsonOut institution(CompetentInstitution i) {
        ContactPerson p = i.contact();
        return JsonOut.object()
                .put("id", i.id())
                .put("name", i.name())
                .put("country", i.country())
                .put("address", i.address())
                .put("website", i.website())
                .put("contact", p == null ? null : JsonOut.object().put("name", p.name())
                        .put("position", p.position()).put("email", p.email()).put("phone", p.phone()))
                .putStrings("roles", i.roles().stream().map(Enum::name).toList())
                .putExtensions(i.extensions());
    }

    private static List<JsonOut> mappings(List<OutcomeMapping> mappings) {
        return mappings.stream().map(o -> JsonOut.object().put("homeOutcome", o.homeOutcome())
                .putStrings("hostOutcomes", o.hostOutcomes())).toList();
    }

    private static JsonOut procedures(Procedures p) {
        JsonOut out = JsonOut.object().put("assessment", p.assessment()).put("documentation", p.documentation())
                .put("validation", p.validation()).put("recognition", p.recognition());
        return out;
    }

    private static JsonOut period(Period p) {
        return p == null ? null : JsonOut.object().put("from", p.from()).put("until", p.until());
    }

    private static List<JsonOut> signatures(List<Signature> signatures) {
        return signatures.stream().map(s -> JsonOut.object().put("party", s.party()).put("signatory", s.signatory())
                .put("function", s.function()).put("place", s.place()).put("date", s.date())).toList();
    }

    private static BigDecimal level(EqfLevel level) {
        return level == null ? null : BigDecimal.valueOf(level.value());
    }

    public static JsonOut write(LearningAgreement a) {
        JsonOut learner = null;
        if (a.learner() != null) {
            PersonName n = a.learner().name();
            learner = JsonOut.object().put("id", a.learner().id()).put("name", n == null ? null
                    : JsonOut.object().put("given", n.given()).put("family", n.family()));
        }
        TrainingContext t = a.training();
        return JsonOut.document(TYPE_AGREEMENT)
                .put("id", a.id())
                .put("mou", a.mou())
                .put("learner", learner)
                .put("home", a.home())
                .put("host", a.host())
                .put("period", period(a.period()))
                .put("homeQualification", a.homeQualification())
                .put("hostQualification", a.hostQualification())
                .putObjects("targets", a.targets().stream().map(g -> JsonOut.object()
                        .put("homeUnit", g.homeUnit())
                        .putStrings("outcomes", g.outcomes())
                        .put("hostUnit", g.hostUnit())
                        .putObjects("outcomeMappings", mappings(g.outcomeMappings()))
                        .put("agreedPoints", g.agreedPoints())).toList())
                .putPoints("expectedPoints", a.expectedPoints())
                .put("activities", a.activities())
                .put("assessment", a.assessment())
                .put("recognitionClause", a.recognitionClause())
                .put("training", t == null ? null : JsonOut.object().put("country", t.country())
                        .put("durationWeeks", t.durationWeeks() == null ? null
                                : BigDecimal.valueOf(t.durationWeeks()))
                        .put("agreedPlan", t.agreedPlan()))
                .putObjects("signatures", signatures(a.signatures()))
                .putExtensions(a.extensions());
    }

    public static JsonOut write(PersonalTranscript t) {
        return JsonOut.document(TYPE_TRANSCRIPT)
                .put("id", t.id())
                .put("agreement", t.agreement())
                .put("issuer", t.issuer())
                .put("learner", t.learner())
                .put("issued", t.issued())
                .putObjects("results", t.results().stream().map(EcvetCodec::result).toList())
                .putObjects("unitCredits", t.unitCredits().stream().map(u -> JsonOut.object()
                        .put("unit", u.unit()).put("creditAwarded", u.creditAwarded())
                        .put("hostPoints", u.hostPoints())).toList())
                .putObjects("deviations", t.deviations().stream().map(d -> JsonOut.object()
                        .put("description", d.description()).putStrings("outcomes", d.outcomes())).toList())
                .putExtensions(t.extensions());
    }

    private static JsonOut result(OutcomeResult r) {
        return JsonOut.object()
                .put("outcome", r.outcome())
                .put("result", r.result() == null ? null : r.result().name())
                .put("grade", r.grade())
                .put("gradingScheme", r.gradingScheme())
                .put("method", r.method())
                .put("date", r.date())
                .put("assessor", r.assessor())
                .putStrings("evidence", r.evidence());
    }

    public static JsonOut write(LearnerRecord r) {
        return JsonOut.document(TYPE_RECORD)
                .put("learner", r.learner())
                .putObjects("awards", r.awards().stream().map(a -> JsonOut.object()
                        .put("qualification", a.qualification()).put("unit", a.unit()).put("points", a.points())
                        .put("date", a.date()).put("source", a.source())).toList());
    }

    /** The decisions as the command line prints them and the demo writes them. */
    public static JsonOut write(TransferResult r) {
        return JsonOut.document(TYPE_DECISIONS)
                .put("agreement", r.agreement())
                .put("qualification", r.qualification())
                .put("recognitionDate", r.recognitionDate())
                .put("policy", r.policy().partialPoints().name())
                .putObjectsOrEmpty("decisions", r.decisions().stream().map(EcvetCodec::decision).toList())
                .putStringsOrEmpty("documentedOnly", r.documentedOnly())
                .putObjectsOrEmpty("warnings", r.warnings().stream().map(EcvetCodec::reason).toList())
                .put("accumulatedPoints", r.accumulatedPoints())
                .put("qualificationComplete", r.qualificationComplete());
    }

    private static JsonOut decision(RecognitionDecision d) {
        JsonOut out = JsonOut.object()
                .put("unit", d.unitCode() != null ? d.unitCode() : d.unit())
                .put("unitId", d.unit())
                .put("status", d.status().name())
                .put("coverage", d.coverage());
        if (d.awardedPoints() == null) {
            out.putNull("awardedPoints");
        } else {
            out.put("awardedPoints", d.awardedPoints().value()).put("creditSystem", d.awardedPoints().system());
        }
        return out.putStringsOrEmpty("coveredOutcomes", d.coveredOutcomes())
                .putStringsOrEmpty("gapOutcomes", d.gapOutcomes())
                .putObjectsOrEmpty("reasons", d.reasons().stream().map(EcvetCodec::reason).toList())
                .putObjects("evidence", d.evidence().stream().map(EcvetCodec::result).toList())
                .putStrings("complementaryMeasures", d.complementaryMeasures())
                .put("needsReview", d.needsReview() ? Boolean.TRUE : null);
    }

    private static JsonOut reason(Reason r) {
        return JsonOut.object().put("code", r.code()).put("outcome", r.outcome()).put("message", r.message());
    }
}
