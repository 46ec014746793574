package org.kulisse.europass.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kulisse.core.ImportException;
import org.kulisse.europass.DocumentType;
import org.kulisse.europass.EuropassDocument;
import org.kulisse.europass.EuropassDocument.CodeLabel;
import org.kulisse.europass.EuropassDocument.DatePeriod;
import org.kulisse.europass.EuropassDocument.PartialDate;
import org.kulisse.europass.EuropassImport;
import org.kulisse.europass.EuropassWarning;
import org.kulisse.europass.RichText;
import org.kulisse.europass.UnsupportedDocumentException;

/**
 * Maps the element tree of a Europass v3.0-v3.4 document to {@link EuropassDocument}. Lenient where Cedefop's own
 * files are faulty: what does not fit is kept where possible and always reported as a warning, never dropped silently.
 */
public final class DocumentReader {
    public static final String NAMESPACE = DocumentWriter.NAMESPACE;
    private static final Pattern V3 = Pattern.compile("V3\\.[0-4]");
    private static final Pattern ESCO_UUID =
            Pattern.compile("[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}");
    private static final Pattern CEFR = Pattern.compile("[A-C][12]");
    private static final Pattern DIGCOMP = Pattern.compile("[ABC]");

    private static final List<String> ROOT = List.of("DocumentInfo", "PrintingPreferences", "LearnerInfo",
            "AttachmentList", "CoverLetter");
    private static final List<String> LEARNER_INFO = List.of("Identification", "Headline", "WorkExperienceList",
            "EducationList", "Skills", "AchievementList", "Documentation");
    private static final List<String> SKILLS = List.of("Linguistic", "Communication", "Organisational", "JobRelated",
            "Computer", "Driving", "Other");

    private final String source;
    private final long maxAttachmentBytes;
    private final List<EuropassWarning> warnings = new ArrayList<>();

    private DocumentReader(String source, long maxAttachmentBytes) {
        this.source = source;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public static EuropassImport read(XmlNode root, String source, long maxAttachmentBytes) {
        return new DocumentReader(source, maxAttachmentBytes).document(root);
    }

    /** Refuses a root element that is not Europass v3, naming what it is instead. */
    public static void checkRoot(XmlNode root, String source) {
        if (root.name.equals("learnerinfo")) {
            String version = root.namespace.substring(root.namespace.lastIndexOf('/') + 1);
            throw new UnsupportedDocumentException("a Europass " + version + " learnerinfo document (the format "
                    + "used before Europass v3.0, 2012); Kulisse reads Europass XML v3.0 to v3.4 only: convert it "
                    + "with a Europass v3 tool first", source, root.line, root.column);
        }
        if (!root.name.equals("SkillsPassport") || !root.namespace.equals(NAMESPACE)) {
            throw new UnsupportedDocumentException("not a Europass document: the root element is <" + root.name
                    + ">" + (root.namespace.isEmpty() ? "" : " in namespace " + root.namespace)
                    + ", expected <SkillsPassport> in " + NAMESPACE, source, root.line, root.column);
        }
    }

    private EuropassImport document(XmlNode root) {
        checkRoot(root, source);
        order(root, ROOT);
        String locale = root.attribute("locale");
        if (locale == null) {
            warn(root, "no locale attribute; taken as \"en\"");
            locale = "en";
        }
        EuropassDocument.DocumentInfo info = documentInfo(root.child("DocumentInfo"), root);
        String version = info.xsdVersion();
        if (version != null && !V3.matcher(version).matches()) {
            warn(root.child("DocumentInfo"), "XSDVersion " + version + " is not a v3.0-v3.4 version; read as v3.4");
        }
        if (root.child("PrintingPreferences") != null) {
            warn(root.child("PrintingPreferences"), "printing preferences ignored (rendering hints only)");
        }
        if (root.child("CoverLetter") != null) {
            warn(root.child("CoverLetter"), "cover letter not read");
        }
        XmlNode learner = root.child("LearnerInfo");
        List<EuropassDocument.Attachment> attachments = attachments(root);
        if (learner == null) {
            warn(root, "no LearnerInfo");
            return new EuropassImport(source, version, new EuropassDocument(locale, info, null, null, null, null,
                    null, null, attachments), warnings);
        }
        order(learner, LEARNER_INFO);
        if (learner.child("Documentation") != null) {
            warn(learner.child("Documentation"), "document-level references to attachments not kept");
        }
        XmlNode work = learner.child("WorkExperienceList");
        List<EuropassDocument.WorkExperience> works = new ArrayList<>();
        if (work != null) {
            for (XmlNode w : work.all("WorkExperience")) {
                works.add(workExperience(w));
            }
        }
        XmlNode education = learner.child("EducationList");
        List<EuropassDocument.Education> educations = new ArrayList<>();
        if (education != null) {
            for (XmlNode e : education.all("Education")) {
                educations.add(education(e));
            }
        }
        XmlNode achievementList = learner.child("AchievementList");
        List<EuropassDocument.Achievement> achievements = new ArrayList<>();
        if (achievementList != null) {
            for (XmlNode a : achievementList.all("Achievement")) {
                achievements.add(new EuropassDocument.Achievement(codeLabel(a.child("Title")),
                        rich(a.child("Description"))));
                documentation(a);
            }
        }
        return new EuropassImport(source, version, new EuropassDocument(locale, info,
                identification(learner.child("Identification")), headline(learner.child("Headline")), works,
                educations, skills(learner.child("Skills")), achievements, attachments), warnings);
    }

    private EuropassDocument.DocumentInfo documentInfo(XmlNode info, XmlNode root) {
        if (info == null) {
            warn(root, "no DocumentInfo (a partial document); document type and version unknown");
            return new EuropassDocument.DocumentInfo(null, List.of(), null, null, null, null, null);
        }
        DocumentType type = documentType(info.child("DocumentType"));
        if (type == null && info.child("DocumentType") == null) {
            warn(info, "no DocumentType");
        }
        List<DocumentType> bundle = new ArrayList<>();
        XmlNode bundleNode = info.child("Bundle");
        if (bundleNode != null) {
            for (XmlNode d : bundleNode.all("Document")) {
                DocumentType t = documentType(d);
                if (t != null) {
                    bundle.add(t);
                }
            }
        }
        return new EuropassDocument.DocumentInfo(type, bundle, info.childText("CreationDate"),
                info.childText("LastUpdateDate"), info.childText("XSDVersion"), info.childText("Generator"),
                info.childText("Comment"));
    }

    private DocumentType documentType(XmlNode node) {
        if (node == null || node.text() == null) {
            return null;
        }
        try {
            return DocumentType.valueOf(node.text());
        } catch (IllegalArgumentException e) {
            warn(node, "document type \"" + node.text() + "\" is not one of " + List.of(DocumentType.values())
                    + " (EX was withdrawn in v3.4); ignored");
            return null;
        }
    }

    private EuropassDocument.Identification identification(XmlNode id) {
        if (id == null) {
            return null;
        }
        XmlNode name = id.child("PersonName");
        String first = name == null ? null : name.childText("FirstName");
        String surname = name == null ? null : name.childText("Surname");
        if (name != null && name.child("Title") != null) {
            warn(name.child("Title"), "person title not kept");
        }
        String email = null;
        XmlNode contact = id.child("ContactInfo");
        if (contact != null) {
            XmlNode mail = contact.child("Email");
            email = mail == null ? null : mail.childText("Contact");
            for (XmlNode c : contact.children) {
                if (!c.name.equals("Email")) {
                    warn(c, "contact detail " + c.name + " not kept");
                }
            }
        }
        XmlNode demographics = id.child("Demographics");
        PartialDate birth = null;
        CodeLabel gender = null;
        List<CodeLabel> nationalities = new ArrayList<>();
        if (demographics != null) {
            birth = date(demographics.child("Birthdate"));
            gender = codeLabel(demographics.child("Gender"));
            XmlNode list = demographics.child("NationalityList");
            if (list != null) {
                for (XmlNode n : list.all("Nationality")) {
                    CodeLabel nationality = codeLabel(n);
                    if (nationality != null) {
                        nationalities.add(nationality);
                    }
                }
            }
        }
        for (String part : List.of("Photo", "Signature")) {
            if (id.child(part) != null) {
                warn(id.child(part), part.toLowerCase(Locale.ROOT) + " not kept");
            }
        }
        return new EuropassDocument.Identification(first, surname, email, birth, gender, nationalities);
    }

    private EuropassDocument.Headline headline(XmlNode headline) {
        if (headline == null) {
            return null;
        }
        return new EuropassDocument.Headline(codeLabel(headline.child("Type")),
                occupation(headline.child("Description")));
    }

    /** Occupation codes are ESCO UUIDs since v3.4; older files hold ISCO-88 codes, kept but reported. */
    private CodeLabel occupation(XmlNode node) {
        CodeLabel value = codeLabel(node);
        if (value != null && value.code() != null && !ESCO_UUID.matcher(value.code()).matches()) {
            warn(node, "occupation code " + value.code() + " is not an ESCO occupation UUID (Europass up to v3.3 "
                    + "used ISCO-88 codes); kept as found");
        }
        return value;
    }

    private EuropassDocument.WorkExperience workExperience(XmlNode w) {
        documentation(w);
        XmlNode employer = w.child("Employer");
        return new EuropassDocument.WorkExperience(period(w.child("Period")), occupation(w.child("Position")),
                rich(w.child("Activities")), organisation(employer),
                employer == null ? null : codeLabel(employer.child("Sector")));
    }

    private EuropassDocument.Education education(XmlNode e) {
        documentation(e);
        CodeLabel level = codeLabel(e.child("Level"));
        if (level != null && level.code() != null && !level.code().matches("[1-8]")) {
            warn(e.child("Level"), "level code " + level.code() + " is not an EQF level (1-8); kept as found");
        }
        return new EuropassDocument.Education(period(e.child("Period")), e.childText("Title"),
                rich(e.child("Activities")), organisation(e.child("Organisation")), level,
                codeLabel(e.child("Field")));
    }

    private EuropassDocument.Organisation organisation(XmlNode o) {
        if (o == null) {
            return null;
        }
        XmlNode contact = o.child("ContactInfo");
        CodeLabel country = null;
        String website = null;
        if (contact != null) {
            XmlNode address = contact.child("Address");
            XmlNode addressContact = address == null ? null : address.child("Contact");
            if (addressContact != null) {
                country = codeLabel(addressContact.child("Country"));
                for (XmlNode part : addressContact.children) {
                    if (!part.name.equals("Country")) {
                        warn(part, "address part " + part.name + " not kept");
                    }
                }
            }
            XmlNode site = contact.child("Website");
            website = site == null ? null : site.childText("Contact");
        }
        return new EuropassDocument.Organisation(o.childText("Name"), country, website);
    }

    private EuropassDocument.Skills skills(XmlNode s) {
        if (s == null) {
            return null;
        }
        order(s, SKILLS);
        List<CodeLabel> mother = new ArrayList<>();
        List<EuropassDocument.ForeignLanguage> foreign = new ArrayList<>();
        XmlNode linguistic = s.child("Linguistic");
        if (linguistic != null) {
            XmlNode motherList = linguistic.child("MotherTongueList");
            if (motherList != null) {
                for (XmlNode m : motherList.all("MotherTongue")) {
                    CodeLabel l = codeLabel(m.child("Description"));
                    if (l != null) {
                        mother.add(l);
                    }
                }
            }
            XmlNode foreignList = linguistic.child("ForeignLanguageList");
            if (foreignList != null) {
                for (XmlNode f : foreignList.all("ForeignLanguage")) {
                    XmlNode level = f.child("ProficiencyLevel");
                    for (String part : List.of("AcquiredDuring", "VerifiedBy")) {
                        if (f.child(part) != null) {
                            warn(f.child(part), "language " + (part.equals("VerifiedBy") ? "certificates"
                                    : "experiences") + " not kept");
                        }
                    }
                    foreign.add(new EuropassDocument.ForeignLanguage(codeLabel(f.child("Description")),
                            level(level, "Listening", CEFR), level(level, "Reading", CEFR),
                            level(level, "SpokenInteraction", CEFR), level(level, "SpokenProduction", CEFR),
                            level(level, "Writing", CEFR)));
                }
            }
        }
        EuropassDocument.ComputerSkill computer = null;
        XmlNode c = s.child("Computer");
        if (c != null) {
            XmlNode level = c.child("ProficiencyLevel");
            computer = new EuropassDocument.ComputerSkill(rich(c.child("Description")),
                    level(level, "Information", DIGCOMP), level(level, "Communication", DIGCOMP),
                    level(level, "ContentCreation", DIGCOMP), level(level, "Safety", DIGCOMP),
                    level(level, "ProblemSolving", DIGCOMP));
            if (c.child("VerifiedBy") != null) {
                warn(c.child("VerifiedBy"), "computer-skill certificates not kept");
            }
        }
        List<String> licences = new ArrayList<>();
        XmlNode driving = s.child("Driving");
        if (driving != null && driving.child("Description") != null) {
            for (XmlNode l : driving.child("Description").all("Licence")) {
                if (l.text() != null) {
                    licences.add(l.text());
                }
            }
        }
        return new EuropassDocument.Skills(mother, foreign, generic(s.child("Communication")),
                generic(s.child("Organisational")), generic(s.child("JobRelated")), computer, licences,
                generic(s.child("Other")));
    }

    /** A CEFR or DigComp level; anything else (such as the "Br" of Cedefop's own example) is reported and dropped. */
    private String level(XmlNode levels, String name, Pattern allowed) {
        XmlNode node = levels == null ? null : levels.child(name);
        String value = node == null ? null : node.text();
        if (value != null && !allowed.matcher(value).matches()) {
            warn(node, "level \"" + value + "\" is not valid here (expected " + allowed.pattern() + "); ignored");
            return null;
        }
        return value;
    }

    private RichText generic(XmlNode skill) {
        if (skill == null) {
            return null;
        }
        documentation(skill);
        return rich(skill.child("Description"));
    }

    private List<EuropassDocument.Attachment> attachments(XmlNode root) {
        List<EuropassDocument.Attachment> attachments = new ArrayList<>();
        XmlNode list = root.child("AttachmentList");
        if (list == null) {
            return attachments;
        }
        for (XmlNode a : list.children) {
            if (a.name.equals("Attachement")) {
                warn(a, "\"Attachement\" (sic, early v3.0 files) read as Attachment");
            } else if (!a.name.equals("Attachment")) {
                warn(a, "unexpected element " + a.name + " ignored");
                continue;
            }
            String data = a.child("Data") == null ? "" : a.child("Data").rawText().replaceAll("\\s+", "");
            long size;
            try {
                size = Base64.getDecoder().decode(data).length;
            } catch (IllegalArgumentException e) {
                warn(a, "attachment data is not base64; size unknown");
                size = -1;
            }
            if (size > maxAttachmentBytes) {
                throw new ImportException("the attachment " + a.attribute("id") + " holds " + size + " bytes, more "
                        + "than the configured maximum of " + maxAttachmentBytes, source, a.line, a.column, a.path);
            }
            attachments.add(new EuropassDocument.Attachment(a.attribute("id"), a.childText("Name"),
                    a.childText("MimeType"), size, a.childText("Description")));
        }
        return attachments;
    }

    private void documentation(XmlNode owner) {
        XmlNode doc = owner.child("Documentation");
        if (doc != null) {
            warn(doc, "references to attachments not kept");
        }
    }

    private DatePeriod period(XmlNode p) {
        if (p == null) {
            return null;
        }
        String current = p.childText("Current");
        return new DatePeriod(date(p.child("From")), date(p.child("To")),
                current == null ? null : Boolean.valueOf(current.trim()));
    }

    private PartialDate date(XmlNode node) {
        if (node == null) {
            return null;
        }
        try {
            String year = node.attribute("year");
            if (year == null) {
                warn(node, "a date without a year; ignored");
                return null;
            }
            String month = node.attribute("month");
            String day = node.attribute("day");
            return new PartialDate(Integer.parseInt(year.trim()),
                    month == null ? null : Integer.parseInt(month.replace("-", "").trim()),
                    day == null ? null : Integer.parseInt(day.replace("-", "").trim()));
        } catch (NumberFormatException e) {
            warn(node, "unreadable date " + node.attributes + "; ignored");
            return null;
        }
    }

    private CodeLabel codeLabel(XmlNode node) {
        return node == null ? null : CodeLabel.of(node.childText("Code"), node.childText("Label"));
    }

    private RichText rich(XmlNode node) {
        if (node == null) {
            return null;
        }
        String html = node.rawText().strip();
        return html.isEmpty() ? null : new RichText(html);
    }

    /** Reports children out of the schema's order, and children the schema does not know. */
    private void order(XmlNode parent, List<String> expected) {
        int last = -1;
        String lastName = null;
        for (XmlNode c : parent.children) {
            int index = expected.indexOf(c.name);
            if (index < 0) {
                warn(c, "unexpected element " + c.name + " ignored");
            } else if (index < last) {
                warn(c, c.name + " comes after " + lastName + ", but the schema wants the order " + expected
                        + "; read anyway");
            } else {
                last = index;
                lastName = c.name;
            }
        }
    }

    private void warn(XmlNode node, String message) {
        warnings.add(new EuropassWarning(node.path, node.line, node.column, message));
    }
}
