package org.kulisse.europass.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.model.NationalLevel;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import org.kulisse.core.nqf.NationalFrameworkLevel;
import org.kulisse.core.nqf.NationalFrameworks;
import org.kulisse.ecvet.CompetentInstitution;
import org.kulisse.europass.AchievedUnit;
import org.kulisse.europass.LearnerAchievement;
import org.kulisse.europass.Placement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A learner's achievement as an unsigned European Digital Credential (ELM 3.2 JSON-LD, EDC generic profile). Node
 * identifiers are name-based UUIDs of the framework, learner and object ids, so the same input gives the same
 * credential.
 */
public final class CredentialModel {
    public static final String W3C_CONTEXT = "https://www.w3.org/2018/credentials/v1";
    public static final String EDC_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap";
    private static final String GENERIC_PROFILE = "http://data.europa.eu/snb/credential/e34929035b";
    private static final String PROFILE_SCHEME = "http://data.europa.eu/snb/credential/25831c2";
    private static final String EDC_GENERIC_FULL = "http://data.europa.eu/snb/model/ap/edc-generic-full";
    private static final String COUNTRY = "http://publications.europa.eu/resource/authority/country";
    private static final String ESCO_SKILLS = "http://data.europa.eu/esco/concept-scheme/skills";
    private static final String ESCO_OCCUPATIONS = "http://data.europa.eu/esco/concept-scheme/occupations";
    private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
    private static final String ISCED_F = "http://data.europa.eu/snb/isced-f/";
    private static final String ISCED_F_SCHEME = "http://data.europa.eu/snb/isced-f/25831c2";
    private static final String QDR_SCHEME = "http://data.europa.eu/snb/qdr/25831c2";
    private static final String CREDIT_SCHEME = "http://data.europa.eu/snb/education-credit/25831c2";
    /** The EU vocabulary of learning-outcome types: knowledge, or skill (which covers competence). */
    private static final String SKILL_TYPE = "http://data.europa.eu/snb/skill-type/";
    private static final String SKILL_TYPES = SKILL_TYPE + "25831c2";
    private static final String ENTITLEMENT_OCCUPATION = "http://data.europa.eu/snb/entitlement/52f62180c2";
    private static final String ENTITLEMENT_TYPES = "http://data.europa.eu/snb/entitlement/25831c2";
    private static final String ENTITLEMENT_PROSPECTIVE = "http://data.europa.eu/snb/entitlement-status/5b8d6b34fb";
    private static final String ENTITLEMENT_STATUSES = "http://data.europa.eu/snb/entitlement-status/25831c2";
    private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type";
    private static final String BASE64 = "http://data.europa.eu/snb/encoding/6146cde7dd";
    private static final String ENCODINGS = "http://data.europa.eu/snb/encoding/25831c2";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final LearnerAchievement a;
    private final CompetentInstitution issuer;
    private final Instant validFrom;
    private final Instant issued;
    private final String eidasIdentifier;
    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Set<String> described = new LinkedHashSet<>();

    private CredentialModel(LearnerAchievement achievement, CompetentInstitution issuer, Instant validFrom,
            Instant issued, String eidasIdentifier) {
        this.a = achievement;
        this.issuer = issuer;
        this.validFrom = validFrom;
        this.issued = issued;
        this.eidasIdentifier = eidasIdentifier;
    }

    public static ObjectNode build(LearnerAchievement achievement, CompetentInstitution issuer, Instant validFrom,
            Instant issued, String eidasIdentifier) {
        return new CredentialModel(achievement, issuer, validFrom, issued, eidasIdentifier).credential();
    }

    private ObjectNode credential() {
        ObjectNode c = json.objectNode();
        c.putArray("@context").add(W3C_CONTEXT).add(EDC_CONTEXT);
        c.put("id", "urn:credential:" + uuid("credential", a.qualification().id()));
        c.putArray("type").add("VerifiableCredential").add("EuropeanDigitalCredential");
        c.set("credentialProfiles", concept(GENERIC_PROFILE, PROFILE_SCHEME, LocalizedText.of("en", "Generic")));
        ObjectNode schema = c.putObject("credentialSchema");
        schema.put("id", EDC_GENERIC_FULL);
        schema.put("type", "ShaclValidator2017");
        c.set("credentialSubject", subject());
        c.set("displayParameter", display());
        if (issued != null) {
            c.put("issuanceDate", DATE_TIME.format(issued));
            c.put("issued", DATE_TIME.format(issued));
        }
        c.set("issuer", organisation(issuer, true));
        c.put("validFrom", DATE_TIME.format(validFrom));
        return c;
    }

    /** How viewers show the credential: one rendering per framework language, as an SVG image. */
    private ObjectNode display() {
        ObjectNode display = node("displayParameter", a.qualification().id(), "DisplayParameter");
        display.set("title", text(a.qualification().title()));
        ArrayNode languages = display.putArray("language");
        ArrayNode individual = display.putArray("individualDisplay");
        for (String language : a.framework().languages()) {
            languages.add(language(language));
            ObjectNode one = node("individualDisplay", language, "IndividualDisplay");
            one.set("language", language(language));
            ObjectNode detail = node("displayDetail", language, "DisplayDetail");
            ObjectNode image = node("mediaObject", "display-" + language, "MediaObject");
            image.put("content", java.util.Base64.getEncoder().encodeToString(
                    CredentialImage.svg(a, language).getBytes(StandardCharsets.UTF_8)));
            image.set("contentEncoding", concept(BASE64, ENCODINGS, LocalizedText.of("en", "base64")));
            image.set("contentType", concept(FILE_TYPE + "/SVG", FILE_TYPE, LocalizedText.of("en", "SVG")));
            detail.set("image", image);
            detail.put("page", 1);
            one.set("displayDetail", detail);
            individual.add(one);
        }
        display.set("primaryLanguage", language(language()));
        return display;
    }

    private ObjectNode language(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return concept(LANGUAGE + "/" + locale.getISO3Language().toUpperCase(Locale.ROOT), LANGUAGE,
                LocalizedText.of("en", locale.getDisplayLanguage(Locale.ENGLISH)));
    }

    private ObjectNode subject() {
        ObjectNode person = node("person", a.learner().id(), "Person");
        String given = a.learner().name().given();
        String family = a.learner().name().family();
        String language = language();
        if (given != null) {
            person.putObject("givenName").put(language, given);
        }
        if (family != null) {
            person.putObject("familyName").put(language, family);
        }
        person.putObject("fullName").put(language, ((given == null ? "" : given) + " "
                + (family == null ? "" : family)).strip());
        if (a.learner().birthDate() != null) {
            person.put("dateOfBirth", DATE_TIME.format(a.learner().birthDate().atStartOfDay()
                    .toInstant(ZoneOffset.UTC)));
        }
        person.set("hasClaim", achievement());
        return person;
    }

    /** The claim: the qualification as a whole, with one part per achieved unit. */
    private ObjectNode achievement() {
        ObjectNode claim = node("learningAchievement", a.qualification().id(), "LearningAchievement");
        // built first, so that the units are described in full inside the qualification and referenced elsewhere
        ObjectNode qualification = qualification();
        claim.set("title", text(a.qualification().title()));
        CompetentInstitution awarding = a.provider() != null ? a.provider() : issuer;
        ObjectNode awarded = node("awardingProcess", a.qualification().id(), "AwardingProcess");
        awarded.set("awardingBody", organisation(awarding, false));
        if (a.awarded() != null) {
            awarded.put("awardingDate", dateTime(a.awarded()));
        }
        claim.set("awardedBy", awarded);
        a.points(CreditPoints.ECVET).ifPresent(p -> claim.set("creditReceived",
                creditPoint(p, "received", a.qualification().id())));
        if (!a.units().isEmpty()) {
            ArrayNode parts = claim.putArray("hasPart");
            for (AchievedUnit achieved : a.units()) {
                parts.add(unitAchievement(achieved, awarded));
            }
        }
        if (a.placement() != null) {
            claim.set("influencedBy", activity(a.placement()));
        }
        claim.set("specifiedBy", qualification);
        return claim;
    }

    private ObjectNode unitAchievement(AchievedUnit achieved, ObjectNode awarded) {
        Unit unit = a.unit(achieved);
        ObjectNode part = node("learningAchievement", unit.id(), "LearningAchievement");
        part.set("title", text(unit.title()));
        part.set("awardedBy", reference(awarded));
        if (achieved.points() != null && achieved.points().isIn(CreditPoints.ECVET)) {
            part.set("creditReceived", creditPoint(achieved.points(), "received", unit.id()));
        }
        if (achieved.complete()) {
            part.set("specifiedBy", unitSpecification(unit));
        } else {
            // a unit achieved in part is specified by the outcomes achieved, as a part of the unit
            ObjectNode spec = node("learningAchievementSpecification", unit.id() + "#achieved",
                    "LearningAchievementSpecification");
            spec.set("title", text(unit.title()));
            ArrayNode outcomes = spec.putArray("learningOutcome");
            a.outcomes(achieved).forEach(o -> outcomes.add(outcome(o)));
            spec.set("isPartOf", reference(unitSpecification(unit)));
            part.set("specifiedBy", spec);
        }
        return part;
    }

    private ObjectNode qualification() {
        ObjectNode q = node("qualification", a.qualification().id(), "Qualification");
        q.set("title", text(a.qualification().title()));
        if (!a.qualification().description().isEmpty()) {
            q.set("description", text(a.qualification().description()));
        }
        int eqf = a.qualification().eqfLevel().value();
        q.set("eqfLevel", concept(a.qualification().eqfLevel().uri(), org.kulisse.core.model.EqfLevel.SCHEME_URI,
                LocalizedText.of("en", "Level " + eqf)));
        NationalLevel nqf = a.qualification().nqfLevel();
        if (nqf != null) {
            NationalFrameworks.defaults().byId(nqf.framework()).flatMap(f -> f.level(nqf.level()))
                    .map(NationalFrameworkLevel::uri).filter(uri -> uri != null)
                    .ifPresent(uri -> q.set("nqfLevel", concept(uri, QDR_SCHEME,
                            LocalizedText.of("en", nqf.framework() + " " + nqf.level()))));
        }
        if (a.iscedFCode() != null) {
            q.set("thematicArea", concept(ISCED_F + a.iscedFCode(), ISCED_F_SCHEME, null));
        }
        a.qualification().pointsIn(CreditPoints.ECVET).ifPresent(p -> q.set("creditPoint",
                creditPoint(p, "value", a.qualification().id())));
        q.put("isPartialQualification", false);
        ArrayNode parts = q.putArray("hasPart");
        for (QualificationUnit qu : a.qualification().units()) {
            a.framework().unit(qu.unit()).ifPresent(u -> parts.add(unitSpecification(u)));
        }
        if (a.occupation() != null) {
            ObjectNode entitlement = node("learningEntitlementSpecification", a.qualification().id(),
                    "LearningEntitlementSpecification");
            entitlement.set("title", text(a.qualification().title()));
            entitlement.set("dcType", concept(ENTITLEMENT_OCCUPATION, ENTITLEMENT_TYPES,
                    LocalizedText.of("en", "occupation")));
            entitlement.set("entitlementStatus", concept(ENTITLEMENT_PROSPECTIVE, ENTITLEMENT_STATUSES,
                    LocalizedText.of("en", "prospective")));
            entitlement.set("limitOccupation", concept(a.occupation().uri(), ESCO_OCCUPATIONS,
                    a.occupation().label()));
            q.set("entitlesTo", entitlement);
        }
        return q;
    }

    /** A unit of learning outcomes: a partial qualification with its points and outcomes, described once. */
    private ObjectNode unitSpecification(Unit unit) {
        ObjectNode spec = node("qualification", unit.id(), "Qualification");
        if (!described.add(spec.get("id").asString())) {
            return reference(spec);
        }
        spec.set("title", text(unit.title()));
        if (!unit.description().isEmpty()) {
            spec.set("description", text(unit.description()));
        }
        spec.set("eqfLevel", concept(a.qualification().eqfLevel().uri(), org.kulisse.core.model.EqfLevel.SCHEME_URI,
                LocalizedText.of("en", "Level " + a.qualification().eqfLevel().value())));
        a.qualification().unit(unit.id()).flatMap(qu -> qu.pointsIn(CreditPoints.ECVET))
                .ifPresent(p -> spec.set("creditPoint", creditPoint(p, "value", unit.id())));
        spec.put("isPartialQualification", true);
        ArrayNode outcomes = spec.putArray("learningOutcome");
        unit.learningOutcomes().forEach(o -> outcomes.add(outcome(o)));
        return spec;
    }

    private ObjectNode outcome(LearningOutcome o) {
        ObjectNode outcome = node("learningOutcome", o.id(), "LearningOutcome");
        if (!described.add(outcome.get("id").asString())) {
            return reference(outcome);
        }
        outcome.set("title", text(o.statement()));
        // ESCO's skill pillar knows knowledge and skill/competence
        outcome.set("dcType", o.type() == OutcomeType.KNOWLEDGE
                ? concept(SKILL_TYPE + "knowledge", SKILL_TYPES, LocalizedText.of("en", "knowledge"))
                : concept(SKILL_TYPE + "skill", SKILL_TYPES, LocalizedText.of("en", "skill")));
        Map<String, String> skills = new LinkedHashMap<>();
        for (Mapping m : a.framework().mappingsOf(o.id())) {
            if (m.object().startsWith(ESCO_SKILL)) {
                skills.putIfAbsent(m.object(), m.objectLabel());
            }
        }
        for (String concept : o.relatedConcepts()) {
            if (concept.startsWith(ESCO_SKILL)) {
                skills.putIfAbsent(concept, null);
            }
        }
        if (!skills.isEmpty()) {
            ArrayNode related = outcome.putArray("relatedESCOSkill");
            skills.forEach((uri, label) -> related.add(concept(uri, ESCO_SKILLS,
                    label == null ? null : LocalizedText.of("en", label))));
        }
        return outcome;
    }

    /** The placement abroad: a learning activity directed by the host, in its period. */
    private ObjectNode activity(Placement placement) {
        ObjectNode activity = node("learningActivity", placement.host().id(), "LearningActivity");
        LocalizedText title = placement.activities().isEmpty()
                ? LocalizedText.of("en", "Placement at " + placement.host().name())
                : placement.activities();
        activity.set("title", text(title));
        ObjectNode awarded = node("awardingProcess", placement.host().id(), "AwardingProcess");
        awarded.set("awardingBody", organisation(placement.host(), false));
        activity.set("awardedBy", awarded);
        activity.set("directedBy", organisation(placement.host(), false));
        if (placement.period() != null && (placement.period().from() != null
                || placement.period().until() != null)) {
            ObjectNode period = node("period", placement.host().id(), "PeriodOfTime");
            if (placement.period().from() != null) {
                period.put("startDate", dateTime(placement.period().from()));
            }
            if (placement.period().until() != null) {
                period.put("endDate", dateTime(placement.period().until()));
            }
            activity.set("temporal", period);
        }
        if (placement.host().country() != null) {
            ObjectNode location = node("location", placement.host().id(), "Location");
            location.set("address", address(placement.host()));
            activity.set("location", location);
        }
        return activity;
    }

    private ObjectNode organisation(CompetentInstitution o, boolean asIssuer) {
        ObjectNode org = node("org", o.id(), "Organisation");
        if (!described.add(org.get("id").asString() + (asIssuer ? "#issuer" : ""))
                && !asIssuer) {
            return reference(org);
        }
        org.putObject("legalName").put(language(), o.name());
        if (o.country() != null) {
            ObjectNode location = node("location", o.id(), "Location");
            location.set("address", address(o));
            org.set("location", location);
        }
        if (asIssuer && eidasIdentifier != null) {
            ObjectNode id = node("legalIdentifier", o.id(), "LegalIdentifier");
            id.put("notation", eidasIdentifier);
            if (o.country() != null) {
                id.set("spatial", country(o.country()));
            }
            org.set("eIDASIdentifier", id);
        }
        if (o.website() != null) {
            ObjectNode page = node("webResource", o.website(), "WebResource");
            page.put("contentURL", o.website());
            org.set("homepage", page);
        }
        return org;
    }

    private ObjectNode address(CompetentInstitution o) {
        ObjectNode address = node("address", o.id(), "Address");
        address.set("countryCode", country(o.country()));
        return address;
    }

    private ObjectNode country(String iso2) {
        String iso3 = new Locale("", iso2).getISO3Country();
        return concept(COUNTRY + "/" + iso3, COUNTRY,
                LocalizedText.of("en", new Locale("", iso2).getDisplayCountry(Locale.ENGLISH)));
    }

    private ObjectNode creditPoint(CreditPoints points, String role, String owner) {
        ObjectNode credit = node("creditPoint", owner + "#" + role, "CreditPoint");
        credit.set("framework", concept(points.system(), CREDIT_SCHEME, LocalizedText.of("en",
                points.isIn(CreditPoints.ECVET) ? "European Credit system for Vocational Education and Training"
                        : points.system())));
        BigDecimal value = points.value().stripTrailingZeros();
        credit.put("point", value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString());
        return credit;
    }

    private ObjectNode concept(String id, String scheme, LocalizedText label) {
        ObjectNode concept = json.objectNode();
        concept.put("id", id);
        concept.put("type", "Concept");
        ObjectNode in = concept.putObject("inScheme");
        in.put("id", scheme);
        in.put("type", "ConceptScheme");
        if (label != null && !label.isEmpty()) {
            concept.set("prefLabel", text(label));
        }
        return concept;
    }

    private ObjectNode node(String kind, String localId, String type) {
        ObjectNode node = json.objectNode();
        node.put("id", "urn:kulisse:" + kind + ":" + uuid(kind, localId));
        node.put("type", type);
        return node;
    }

    private ObjectNode reference(ObjectNode node) {
        ObjectNode ref = json.objectNode();
        ref.put("id", node.get("id").asString());
        ref.put("type", node.get("type").asString());
        return ref;
    }

    /** A language map in the framework's languages. */
    private ObjectNode text(LocalizedText text) {
        ObjectNode map = json.objectNode();
        text.texts().forEach(map::put);
        return map;
    }

    private String language() {
        return a.framework().languages().stream().findFirst().orElse("en");
    }

    private String uuid(String kind, String localId) {
        String name = a.framework().id() + "|" + a.learner().id() + "|" + kind + "|" + localId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String dateTime(LocalDate date) {
        return DATE_TIME.format(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public static String toJson(JsonNode node) {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }
}
