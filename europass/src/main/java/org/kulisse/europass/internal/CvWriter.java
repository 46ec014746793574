package org.kulisse.europass.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kulisse.core.ExportException;
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
import org.kulisse.europass.LearnerAchievement;
import org.kulisse.europass.Placement;
import org.kulisse.europass.TargetOccupation;

/**
 * One Europass v3.4 document, written with StAX. The element order follows the sequences of the v3.4.1 schema;
 * an element is only started when it will have content, because the official tools drop empty nodes too.
 */
public final class CvWriter {
    public static final String NAMESPACE = "http://europass.cedefop.europa.eu/Europass";
    public static final String XSD_VERSION = "V3.4";
    private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final LearnerAchievement a;
    private final DocumentType type;
    private final String lang;
    private final Instant created;
    private final Instant updated;
    private final String generator;
    private final Phrases phrases;
    private XMLStreamWriter xml;
    private int depth;

    public CvWriter(LearnerAchievement achievement, DocumentType type, String language, Instant created,
            Instant updated, String generator) {
        this.a = achievement;
        this.type = type;
        this.lang = language;
        this.created = created;
        this.updated = updated;
        this.generator = generator;
        this.phrases = Phrases.of(language);
    }

    public void write(OutputStream out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            newline();
            xml.writeStartElement(NAMESPACE, "SkillsPassport");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("locale", lang);
            depth++;
            documentInfo();
            start("LearnerInfo");
            identification();
            headline();
            workExperience();
            education();
            skills();
            achievements();
            end();
            depth--;
            newline();
            xml.writeEndElement();
            newline();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write the Europass document: " + e.getMessage(), e);
        }
    }

    private void documentInfo() throws XMLStreamException {
        start("DocumentInfo");
        leaf("DocumentType", type.name());
        leaf("CreationDate", DATE_TIME.format(created));
        leaf("LastUpdateDate", DATE_TIME.format(updated));
        leaf("XSDVersion", XSD_VERSION);
        leaf("Generator", generator);
        end();
    }

    private void identification() throws XMLStreamException {
        Learner learner = a.learner();
        start("Identification");
        start("PersonName");
        leaf("FirstName", learner.name().given());
        leaf("Surname", learner.name().family());
        end();
        if (learner.email() != null) {
            start("ContactInfo");
            start("Email");
            leaf("Contact", learner.email());
            end();
            end();
        }
        if (learner.birthDate() != null || learner.nationality() != null) {
            start("Demographics");
            if (learner.birthDate() != null) {
                LocalDate d = learner.birthDate();
                indent();
                xml.writeEmptyElement(NAMESPACE, "Birthdate");
                xml.writeAttribute("year", String.format("%04d", d.getYear()));
                xml.writeAttribute("month", String.format("--%02d", d.getMonthValue()));
                xml.writeAttribute("day", String.format("---%02d", d.getDayOfMonth()));
            }
            if (learner.nationality() != null) {
                start("NationalityList");
                start("Nationality");
                leaf("Code", europassCountry(learner.nationality()));
                leaf("Label", phrases.country(learner.nationality()));
                end();
                end();
            }
            end();
        }
        end();
    }

    private void headline() throws XMLStreamException {
        TargetOccupation occupation = a.occupation();
        if (occupation == null) {
            return;
        }
        start("Headline");
        start("Type");
        leaf("Code", "preferred_job");
        leaf("Label", phrases.get("headline.preferred_job"));
        end();
        start("Description");
        leaf("Code", occupation.uuid());
        leaf("Label", text(occupation.label()));
        end();
        end();
    }

    private void workExperience() throws XMLStreamException {
        Placement placement = a.placement();
        if (placement == null) {
            return;
        }
        start("WorkExperienceList");
        start("WorkExperience");
        period(placement.period());
        start("Position");
        if (a.occupation() != null) {
            leaf("Code", a.occupation().uuid());
            leaf("Label", phrases.get("placement.position", text(a.occupation().label())));
        } else {
            leaf("Label", phrases.get("placement.trainee"));
        }
        end();
        String activities = text(placement.activities());
        if (activities != null) {
            leaf("Activities", new RichText().paragraph(activities).toString());
        }
        start("Employer");
        organisation(placement.host());
        if (placement.naceSection() != null) {
            start("Sector");
            leaf("Code", placement.naceSection());
            leaf("Label", phrases.find("nace." + placement.naceSection()).orElse(null));
            end();
        }
        end();
        end();
        end();
    }

    private void education() throws XMLStreamException {
        start("EducationList");
        start("Education");
        period(a.training());
        leaf("Title", text(a.qualification().title()));
        RichText units = unitsText();
        if (!units.isEmpty()) {
            leaf("Activities", units.toString());
        }
        if (a.provider() != null) {
            start("Organisation");
            organisation(a.provider());
            end();
        }
        start("Level");
        leaf("Code", Integer.toString(a.qualification().eqfLevel().value()));
        leaf("Label", "EQF " + a.qualification().eqfLevel().value());
        end();
        if (a.isced97Field() != null) {
            start("Field");
            leaf("Code", a.isced97Field());
            leaf("Label", phrases.find("isced97." + a.isced97Field()).orElse(null));
            end();
        }
        end();
        end();
    }

    /** The achieved units: title and points, then the outcomes typed as knowledge, skill or competence. */
    private RichText unitsText() {
        RichText html = new RichText();
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
                html.item(phrases.get("outcome." + outcome.type().name().toLowerCase(java.util.Locale.ROOT)) + ": "
                        + text(outcome.statement()));
            }
            html.endList();
        }
        return html;
    }

    private void skills() throws XMLStreamException {
        List<LanguageSkill> mother = a.learner().languages().stream().filter(LanguageSkill::motherTongue).toList();
        List<LanguageSkill> foreign = a.learner().languages().stream().filter(l -> !l.motherTongue()).toList();
        Map<String, String> escoSkills = escoSkills();
        if (mother.isEmpty() && foreign.isEmpty() && escoSkills.isEmpty()) {
            return;
        }
        start("Skills");
        if (!mother.isEmpty() || !foreign.isEmpty()) {
            start("Linguistic");
            if (!mother.isEmpty()) {
                start("MotherTongueList");
                for (LanguageSkill l : mother) {
                    start("MotherTongue");
                    languageDescription(l);
                    end();
                }
                end();
            }
            if (!foreign.isEmpty()) {
                start("ForeignLanguageList");
                for (LanguageSkill l : foreign) {
                    start("ForeignLanguage");
                    languageDescription(l);
                    if (l.listening() != null || l.reading() != null || l.spokenInteraction() != null
                            || l.spokenProduction() != null || l.writing() != null) {
                        start("ProficiencyLevel");
                        leaf("Listening", l.listening());
                        leaf("Reading", l.reading());
                        leaf("SpokenInteraction", l.spokenInteraction());
                        leaf("SpokenProduction", l.spokenProduction());
                        leaf("Writing", l.writing());
                        end();
                    }
                    end();
                }
                end();
            }
            end();
        }
        if (!escoSkills.isEmpty()) {
            RichText html = new RichText().paragraph(phrases.get("skills.esco")).startList();
            escoSkills.forEach(html::link);
            html.endList();
            start("JobRelated");
            leaf("Description", html.toString());
            end();
        }
        end();
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

    private void achievements() throws XMLStreamException {
        start("AchievementList");
        start("Achievement");
        start("Title");
        leaf("Code", "certifications");
        leaf("Label", phrases.get("achievement.certifications"));
        end();
        RichText html = new RichText().paragraph(text(a.qualification().title()));
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
        leaf("Description", html.toString());
        end();
        end();
    }

    private void languageDescription(LanguageSkill l) throws XMLStreamException {
        start("Description");
        leaf("Code", l.language());
        leaf("Label", phrases.language(l.language()));
        end();
    }

    private void organisation(CompetentInstitution institution) throws XMLStreamException {
        leaf("Name", institution.name());
        if (institution.country() != null || institution.website() != null) {
            start("ContactInfo");
            if (institution.country() != null) {
                start("Address");
                start("Contact");
                start("Country");
                leaf("Code", europassCountry(institution.country()));
                leaf("Label", phrases.country(institution.country()));
                end();
                end();
                end();
            }
            if (institution.website() != null) {
                start("Website");
                leaf("Contact", institution.website());
                start("Use");
                leaf("Code", "business");
                end();
                end();
            }
            end();
        }
    }

    private void period(Period period) throws XMLStreamException {
        if (period == null || (period.from() == null && period.until() == null)) {
            return;
        }
        start("Period");
        date("From", period.from());
        date("To", period.until());
        end();
    }

    private void date(String name, LocalDate date) throws XMLStreamException {
        if (date == null) {
            return;
        }
        indent();
        xml.writeEmptyElement(NAMESPACE, name);
        xml.writeAttribute("year", String.format("%04d", date.getYear()));
        xml.writeAttribute("month", String.format("--%02d", date.getMonthValue()));
        xml.writeAttribute("day", String.format("---%02d", date.getDayOfMonth()));
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
    static String europassCountry(String iso) {
        return switch (iso) {
            case "GR" -> "EL";
            case "GB" -> "UK";
            default -> iso;
        };
    }

    // ------------------------------------------------------------------ indentation helpers

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(NAMESPACE, name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void leaf(String name, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        indent();
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        newline();
        for (int i = 0; i < depth; i++) {
            xml.writeCharacters("  ");
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

}
