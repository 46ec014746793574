package org.kulisse.europass.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.LanguageSkill;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.Unit;
import org.kulisse.ecvet.CompetentInstitution;
import org.kulisse.europass.AchievedUnit;
import org.kulisse.europass.DocumentType;
import org.kulisse.europass.EuropassDocument;
import org.kulisse.europass.EuropassDocument.CodeLabel;
import org.kulisse.europass.EuropassDocument.DatePeriod;
import org.kulisse.europass.EuropassDocument.PartialDate;
import org.kulisse.europass.LearnerAchievement;
import org.kulisse.europass.Placement;
import org.kulisse.europass.RichText;
import org.kulisse.europass.TargetOccupation;

/** A learner's achievement as a Europass document in one language: what goes where (reference notes §1.5). */
public final class CvModel {
    public static final String XSD_VERSION = "V3.4";
    private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final LearnerAchievement a;
    private final String lang;
    private final Phrases phrases;

    private CvModel(LearnerAchievement achievement, String language) {
        this.a = achievement;
        this.lang = language;
        this.phrases = Phrases.of(language);
    }

    public static EuropassDocument build(LearnerAchievement achievement, DocumentType type, String language,
            Instant created, Instant updated, String generator) {
        CvModel m = new CvModel(achievement, language);
        EuropassDocument.DocumentInfo info = new EuropassDocument.DocumentInfo(type, List.of(),
                DATE_TIME.format(created), DATE_TIME.format(updated), XSD_VERSION, generator, null);
        return new EuropassDocument(language, info, m.identification(), m.headline(), m.workExperiences(),
                List.of(m.education()), m.skills(), List.of(m.certification()), List.of());
    }

    private EuropassDocument.Identification identification() {
        Learner learner = a.learner();
        List<CodeLabel> nationalities = learner.nationality() == null ? List.of()
                : List.of(new CodeLabel(europassCountry(learner.nationality()),
                        phrases.country(learner.nationality())));
        return new EuropassDocument.Identification(learner.name().given(), learner.name().family(), learner.email(),
                PartialDate.of(learner.birthDate()), null, nationalities);
    }

    private EuropassDocument.Headline headline() {
        TargetOccupation occupation = a.occupation();
        if (occupation == null) {
            return null;
        }
        return new EuropassDocument.Headline(new CodeLabel("preferred_job", phrases.get("headline.preferred_job")),
                new CodeLabel(occupation.uuid(), text(occupation.label())));
    }

    private List<EuropassDocument.WorkExperience> workExperiences() {
        Placement placement = a.placement();
        if (placement == null) {
            return List.of();
        }
        CodeLabel position = a.occupation() == null ? new CodeLabel(null, phrases.get("placement.trainee"))
                : new CodeLabel(a.occupation().uuid(), phrases.get("placement.position",
                        text(a.occupation().label())));
        String activities = text(placement.activities());
        CodeLabel sector = placement.naceSection() == null ? null : new CodeLabel(placement.naceSection(),
                phrases.find("nace." + placement.naceSection()).orElse(null));
        return List.of(new EuropassDocument.WorkExperience(period(placement.period()), position,
                activities == null ? null : new RichText(new Html().paragraph(activities).toString()),
                organisation(placement.host()), sector));
    }

    private EuropassDocument.Education education() {
        Html units = unitsText();
        int level = a.qualification().eqfLevel().value();
        CodeLabel field = a.isced97Field() == null ? null : new CodeLabel(a.isced97Field(),
                phrases.find("isced97." + a.isced97Field()).orElse(null));
        return new EuropassDocument.Education(period(a.training()), text(a.qualification().title()),
                units.isEmpty() ? null : new RichText(units.toString()),
                a.provider() == null ? null : organisation(a.provider()),
                new CodeLabel(Integer.toString(level), "EQF " + level), field);
    }

    /** The achieved units: title and points, then the outcomes typed as knowledge, skill or competence. */
    private Html unitsText() {
        Html html = new Html();
        for (AchievedUnit achieved : a.units()) {
            Unit unit = a.unit(achieved);
            String title = (unit.code() == null ? "" : unit.code() + " ") + text(unit.title());
            String detail;
            if (achieved.complete()) {
                detail = achieved.points() == null ? null : points(achieved.points());
            } else {
                detail = phrases.get("unit.partial", Integer.toString(achieved.outcomes().size()),
                        Integer.toString(unit.learningOutcomes().size()));
            }
            html.heading(title, detail);
            html.startList();
            for (LearningOutcome outcome : a.outcomes(achieved)) {
                html.item(phrases.get("outcome." + outcome.type().name().toLowerCase(Locale.ROOT)) + ": "
                        + text(outcome.statement()));
            }
            html.endList();
        }
        return html;
    }

    private EuropassDocument.Skills skills() {
        List<CodeLabel> mother = new ArrayList<>();
        List<EuropassDocument.ForeignLanguage> foreign = new ArrayList<>();
        for (LanguageSkill l : a.learner().languages()) {
            CodeLabel language = new CodeLabel(l.language(), phrases.language(l.language()));
            if (l.motherTongue()) {
                mother.add(language);
            } else {
                foreign.add(new EuropassDocument.ForeignLanguage(language, l.listening(), l.reading(),
                        l.spokenInteraction(), l.spokenProduction(), l.writing()));
            }
        }
        Map<String, String> escoSkills = escoSkills();
        RichText jobRelated = null;
        if (!escoSkills.isEmpty()) {
            Html html = new Html().paragraph(phrases.get("skills.esco")).startList();
            escoSkills.forEach(html::link);
            jobRelated = new RichText(html.endList().toString());
        }
        if (mother.isEmpty() && foreign.isEmpty() && jobRelated == null) {
            return null;
        }
        return new EuropassDocument.Skills(mother, foreign, null, null, jobRelated, null, List.of(), null);
    }

    /** The ESCO skills mapped to the achieved outcomes (mappings first, then related concepts), IRI to label. */
    private Map<String, String> escoSkills() {
        Map<String, String> skills = new LinkedHashMap<>();
        for (AchievedUnit achieved : a.units()) {
            for (LearningOutcome outcome : a.outcomes(achieved)) {
                for (Mapping m : a.framework().mappingsOf(outcome.id())) {
                    if (m.object().startsWith(ESCO_SKILL)) {
                        skills.putIfAbsent(m.object(), m.objectLabel() != null ? m.objectLabel() : m.object());
                    }
                }
                for (String concept : outcome.relatedConcepts()) {
                    if (concept.startsWith(ESCO_SKILL)) {
                        skills.putIfAbsent(concept, concept);
                    }
                }
            }
        }
        return skills;
    }

    private EuropassDocument.Achievement certification() {
        Html html = new Html().paragraph(text(a.qualification().title()));
        if (a.provider() != null) {
            html.paragraph(phrases.get("certificate.awardedBy", a.provider().name()));
        }
        if (a.awarded() != null) {
            html.paragraph(phrases.get("certificate.date", a.awarded().toString()));
        }
        html.paragraph(phrases.get("certificate.eqf", Integer.toString(a.qualification().eqfLevel().value())));
        long complete = a.units().stream().filter(AchievedUnit::complete).count();
        html.paragraph(phrases.get("certificate.units", Long.toString(complete),
                Integer.toString(a.qualification().units().size())));
        a.points(CreditPoints.ECVET).ifPresent(p -> html.paragraph(points(p)));
        return new EuropassDocument.Achievement(new CodeLabel("certifications",
                phrases.get("achievement.certifications")), new RichText(html.toString()));
    }

    private EuropassDocument.Organisation organisation(CompetentInstitution institution) {
        CodeLabel country = institution.country() == null ? null
                : new CodeLabel(europassCountry(institution.country()), phrases.country(institution.country()));
        return new EuropassDocument.Organisation(institution.name(), country, institution.website());
    }

    private static DatePeriod period(Period period) {
        if (period == null || (period.from() == null && period.until() == null)) {
            return null;
        }
        return new DatePeriod(PartialDate.of(period.from()), PartialDate.of(period.until()), null);
    }

    private String points(CreditPoints points) {
        BigDecimal value = points.value().stripTrailingZeros();
        return phrases.get("ecvet.points", value.scale() < 0 ? value.setScale(0).toPlainString()
                : value.toPlainString());
    }

    /** Text in the document language, else in the first language the text has. */
    private String text(LocalizedText text) {
        return text == null ? null : text.getOrFirst(lang).orElse(null);
    }

    /** Europass country codes are ISO 3166-1 except for Greece (EL) and the United Kingdom (UK). */
    public static String europassCountry(String iso) {
        return switch (iso) {
            case "GR" -> "EL";
            case "GB" -> "UK";
            default -> iso;
        };
    }

    /** The ISO 3166-1 code of a Europass country code. */
    public static String isoCountry(String europass) {
        return switch (europass) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> europass;
        };
    }
}
