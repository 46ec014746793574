package org.kulisse.europass.internal;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kulisse.core.ExportException;
import org.kulisse.europass.DocumentType;
import org.kulisse.europass.EuropassDocument;
import org.kulisse.europass.EuropassDocument.CodeLabel;
import org.kulisse.europass.EuropassDocument.DatePeriod;
import org.kulisse.europass.EuropassDocument.PartialDate;
import org.kulisse.europass.RichText;

/**
 * Writes a {@link EuropassDocument} as Europass XML with StAX. The element order follows the sequences of the v3.4.1
 * schema; an element is only started when it has content, as the official tools drop empty nodes too. Rich text is
 * written as text, so its markup comes out escaped, as the format wants.
 */
public final class DocumentWriter {
    public static final String NAMESPACE = "http://europass.cedefop.europa.eu/Europass";

    private XMLStreamWriter xml;
    private int depth;

    public void write(EuropassDocument doc, OutputStream out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            newline();
            xml.writeStartElement(NAMESPACE, "SkillsPassport");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("locale", doc.locale());
            depth++;
            documentInfo(doc.info());
            start("LearnerInfo");
            identification(doc.identification());
            headline(doc.headline());
            if (!doc.workExperiences().isEmpty()) {
                start("WorkExperienceList");
                for (EuropassDocument.WorkExperience w : doc.workExperiences()) {
                    workExperience(w);
                }
                end();
            }
            if (!doc.educations().isEmpty()) {
                start("EducationList");
                for (EuropassDocument.Education e : doc.educations()) {
                    education(e);
                }
                end();
            }
            skills(doc.skills());
            if (!doc.achievements().isEmpty()) {
                start("AchievementList");
                for (EuropassDocument.Achievement a : doc.achievements()) {
                    start("Achievement");
                    codeLabel("Title", a.title());
                    rich("Description", a.description());
                    end();
                }
                end();
            }
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

    private void documentInfo(EuropassDocument.DocumentInfo info) throws XMLStreamException {
        start("DocumentInfo");
        leaf("DocumentType", info.documentType() == null ? DocumentType.ECV.name() : info.documentType().name());
        if (!info.bundle().isEmpty()) {
            start("Bundle");
            for (DocumentType t : info.bundle()) {
                leaf("Document", t.name());
            }
            end();
        }
        leaf("CreationDate", info.creationDate());
        leaf("LastUpdateDate", info.lastUpdateDate());
        leaf("XSDVersion", CvModel.XSD_VERSION);
        leaf("Generator", info.generator());
        leaf("Comment", info.comment());
        end();
    }

    private void identification(EuropassDocument.Identification id) throws XMLStreamException {
        if (id == null) {
            return;
        }
        start("Identification");
        if (id.firstName() != null || id.surname() != null) {
            start("PersonName");
            leaf("FirstName", id.firstName());
            leaf("Surname", id.surname());
            end();
        }
        if (id.email() != null) {
            start("ContactInfo");
            start("Email");
            leaf("Contact", id.email());
            end();
            end();
        }
        if (id.birthdate() != null || id.gender() != null || !id.nationalities().isEmpty()) {
            start("Demographics");
            date("Birthdate", id.birthdate());
            codeLabel("Gender", id.gender());
            if (!id.nationalities().isEmpty()) {
                start("NationalityList");
                for (CodeLabel n : id.nationalities()) {
                    codeLabel("Nationality", n);
                }
                end();
            }
            end();
        }
        end();
    }

    private void headline(EuropassDocument.Headline headline) throws XMLStreamException {
        if (headline == null) {
            return;
        }
        start("Headline");
        codeLabel("Type", headline.type());
        codeLabel("Description", headline.description());
        end();
    }

    private void workExperience(EuropassDocument.WorkExperience w) throws XMLStreamException {
        start("WorkExperience");
        period(w.period());
        codeLabel("Position", w.position());
        rich("Activities", w.activities());
        if (w.employer() != null || w.sector() != null) {
            start("Employer");
            organisation(w.employer());
            codeLabel("Sector", w.sector());
            end();
        }
        end();
    }

    private void education(EuropassDocument.Education e) throws XMLStreamException {
        start("Education");
        period(e.period());
        leaf("Title", e.title());
        rich("Activities", e.activities());
        if (e.organisation() != null) {
            start("Organisation");
            organisation(e.organisation());
            end();
        }
        codeLabel("Level", e.level());
        codeLabel("Field", e.field());
        end();
    }

    private void skills(EuropassDocument.Skills s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        start("Skills");
        if (!s.motherTongues().isEmpty() || !s.foreignLanguages().isEmpty()) {
            start("Linguistic");
            if (!s.motherTongues().isEmpty()) {
                start("MotherTongueList");
                for (CodeLabel l : s.motherTongues()) {
                    start("MotherTongue");
                    codeLabel("Description", l);
                    end();
                }
                end();
            }
            if (!s.foreignLanguages().isEmpty()) {
                start("ForeignLanguageList");
                for (EuropassDocument.ForeignLanguage l : s.foreignLanguages()) {
                    start("ForeignLanguage");
                    codeLabel("Description", l.language());
                    levels("ProficiencyLevel", List.of("Listening", "Reading", "SpokenInteraction",
                            "SpokenProduction", "Writing"), l.listening(), l.reading(), l.spokenInteraction(),
                            l.spokenProduction(), l.writing());
                    end();
                }
                end();
            }
            end();
        }
        generic("Communication", s.communication());
        generic("Organisational", s.organisational());
        generic("JobRelated", s.jobRelated());
        EuropassDocument.ComputerSkill c = s.computer();
        if (c != null) {
            start("Computer");
            rich("Description", c.description());
            levels("ProficiencyLevel", List.of("Information", "Communication", "ContentCreation", "Safety",
                    "ProblemSolving"), c.information(), c.communication(), c.contentCreation(), c.safety(),
                    c.problemSolving());
            end();
        }
        if (!s.drivingLicences().isEmpty()) {
            start("Driving");
            start("Description");
            for (String licence : s.drivingLicences()) {
                leaf("Licence", licence);
            }
            end();
            end();
        }
        generic("Other", s.other());
        end();
    }

    private void generic(String name, RichText description) throws XMLStreamException {
        if (description == null) {
            return;
        }
        start(name);
        rich("Description", description);
        end();
    }

    private void levels(String name, List<String> names, String... values) throws XMLStreamException {
        boolean any = false;
        for (String v : values) {
            any |= v != null;
        }
        if (!any) {
            return;
        }
        start(name);
        for (int i = 0; i < values.length; i++) {
            leaf(names.get(i), values[i]);
        }
        end();
    }

    private void organisation(EuropassDocument.Organisation o) throws XMLStreamException {
        if (o == null) {
            return;
        }
        leaf("Name", o.name());
        if (o.country() != null || o.website() != null) {
            start("ContactInfo");
            if (o.country() != null) {
                start("Address");
                start("Contact");
                codeLabel("Country", o.country());
                end();
                end();
            }
            if (o.website() != null) {
                start("Website");
                leaf("Contact", o.website());
                start("Use");
                leaf("Code", "business");
                end();
                end();
            }
            end();
        }
    }

    private void period(DatePeriod period) throws XMLStreamException {
        if (period == null) {
            return;
        }
        start("Period");
        date("From", period.from());
        date("To", period.to());
        leaf("Current", period.current() == null ? null : period.current().toString());
        end();
    }

    private void date(String name, PartialDate date) throws XMLStreamException {
        if (date == null) {
            return;
        }
        indent();
        xml.writeEmptyElement(NAMESPACE, name);
        // gYear, gMonth and gDay lexical forms: 2026, --04, ---13
        xml.writeAttribute("year", String.format("%04d", date.year()));
        if (date.month() != null) {
            xml.writeAttribute("month", String.format("--%02d", date.month()));
        }
        if (date.day() != null) {
            xml.writeAttribute("day", String.format("---%02d", date.day()));
        }
    }

    private void codeLabel(String name, CodeLabel value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start(name);
        leaf("Code", value.code());
        leaf("Label", value.label());
        end();
    }

    private void rich(String name, RichText text) throws XMLStreamException {
        leaf(name, text == null ? null : text.html());
    }

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
