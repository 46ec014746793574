package org.kulisse.europass;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kulisse.core.model.EqfLevel;

/**
 * A Europass v3 document ({@code SkillsPassport}) as a typed tree: the parts Kulisse writes and reads. Codes and
 * labels are kept as found; dates may be partial (a year alone is common).
 *
 * <p>Not modelled (a reader warning names each occurrence): printing preferences, telephone, website and instant
 * messaging lists of the learner, photo and signature, driving-licence details beyond the licence codes, language
 * certificates and experiences, the cover letter, and the content of attachments (their name, type and size are
 * kept).
 *
 * @param locale the document language ({@code SkillsPassport/@locale})
 * @param info the document information
 * @param identification the learner's identification, or null
 * @param headline the headline, or null
 * @param workExperiences the work experiences in document order
 * @param educations the education and training entries in document order
 * @param skills the skills, or null
 * @param achievements the achievements in document order
 * @param attachments the attachments (metadata only)
 */
public record EuropassDocument(String locale, DocumentInfo info, Identification identification, Headline headline,
        List<WorkExperience> workExperiences, List<Education> educations, Skills skills,
        List<Achievement> achievements, List<Attachment> attachments) {

    public EuropassDocument {
        workExperiences = list(workExperiences);
        educations = list(educations);
        achievements = list(achievements);
        attachments = list(attachments);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /**
     * {@code DocumentInfo}.
     *
     * @param documentType ECV, ESP ..., or null when the document lacks it (old fragments)
     * @param bundle the documents bundled with it
     * @param creationDate the creation date as written (xsd:dateTime)
     * @param lastUpdateDate the last update as written
     * @param xsdVersion the schema version, e.g. {@code V3.4}
     * @param generator the software that wrote it
     * @param comment a comment, or null
     */
    public record DocumentInfo(DocumentType documentType, List<DocumentType> bundle, String creationDate,
            String lastUpdateDate, String xsdVersion, String generator, String comment) {
        public DocumentInfo {
            bundle = list(bundle);
        }
    }

    /** A controlled value and its label in the document language; either may be null. */
    public record CodeLabel(String code, String label) {
        public static CodeLabel of(String code, String label) {
            return code == null && label == null ? null : new CodeLabel(code, label);
        }
    }

    /** A date that may lack its day or month. */
    public record PartialDate(int year, Integer month, Integer day) {
        public static PartialDate of(LocalDate date) {
            return date == null ? null : new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }

        /** The date, when all three parts are there and form a date. */
        public Optional<LocalDate> toLocalDate() {
            if (month == null || day == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(year, month, day));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    /** A period of experience. */
    public record DatePeriod(PartialDate from, PartialDate to, Boolean current) {
    }

    /**
     * The learner.
     *
     * @param firstName given name(s)
     * @param surname family name(s)
     * @param email e-mail address, or null
     * @param birthdate birth date, or null
     * @param gender gender (code M or F), or null
     * @param nationalities nationalities (Europass country codes: EL for Greece, UK for the United Kingdom)
     */
    public record Identification(String firstName, String surname, String email, PartialDate birthdate,
            CodeLabel gender, List<CodeLabel> nationalities) {
        public Identification {
            nationalities = list(nationalities);
        }
    }

    /** The headline: its type (preferred_job, job_applied_for ...) and the occupation (an ESCO UUID in v3.4). */
    public record Headline(CodeLabel type, CodeLabel description) {
    }

    /** An organisation: employer or education provider. */
    public record Organisation(String name, CodeLabel country, String website) {
    }

    /** A work experience. */
    public record WorkExperience(DatePeriod period, CodeLabel position, RichText activities, Organisation employer,
            CodeLabel sector) {
    }

    /** An education or training entry; level codes are EQF levels. */
    public record Education(DatePeriod period, String title, RichText activities, Organisation organisation,
            CodeLabel level, CodeLabel field) {

        /** The EQF level, when the level code is one. */
        public Optional<EqfLevel> eqfLevel() {
            if (level == null || level.code() == null || !level.code().matches("[1-8]")) {
                return Optional.empty();
            }
            return Optional.of(EqfLevel.of(Integer.parseInt(level.code())));
        }
    }

    /** The skills section, in the schema's order. */
    public record Skills(List<CodeLabel> motherTongues, List<ForeignLanguage> foreignLanguages,
            RichText communication, RichText organisational, RichText jobRelated, ComputerSkill computer,
            List<String> drivingLicences, RichText other) {
        public Skills {
            motherTongues = list(motherTongues);
            foreignLanguages = list(foreignLanguages);
            drivingLicences = list(drivingLicences);
        }
    }

    /** A foreign language with CEFR levels (A1-C2) per skill; a level may be null. */
    public record ForeignLanguage(CodeLabel language, String listening, String reading, String spokenInteraction,
            String spokenProduction, String writing) {
    }

    /** Digital skills: a description and the self-assessed level (A, B or C) in the five DigComp areas. */
    public record ComputerSkill(RichText description, String information, String communication,
            String contentCreation, String safety, String problemSolving) {
    }

    /** An achievement: a title (with a code such as certifications or projects) and a description. */
    public record Achievement(CodeLabel title, RichText description) {
    }

    /**
     * An attachment's metadata.
     *
     * @param id the id that references point at
     * @param name the file name, or null
     * @param mimeType the MIME type
     * @param size the decoded size in bytes
     * @param description a description, or null
     */
    public record Attachment(String id, String name, String mimeType, long size, String description) {
    }
}
