package org.kulisse.europass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.kulisse.core.ExportException;
import org.kulisse.europass.internal.CvModel;
import org.kulisse.europass.internal.DocumentWriter;

/**
 * Writes a learner's achievement as a Europass XML v3.4 CV ({@code SkillsPassport}). Immutable: every option returns a
 * new writer; one writer serves many threads.
 *
 * <pre>{@code
 * EuropassCv.create().locale("it").write(achievement, Path.of("cv-it.xml"));
 * }</pre>
 *
 * <p>The document holds: the learner's name (and e-mail, birth date, nationality when the learner record has them);
 * the target ESCO occupation as headline; the placement abroad as work experience; the qualification as education
 * (EQF level, ISCED-97 field, the achieved units with their outcomes and points); the languages with CEFR levels; the
 * ESCO skills mapped to the achieved outcomes; and a "certifications" achievement. Children are written in the order
 * the schema's sequences demand, empty elements are left out, and the output depends only on the input and the
 * options (the dates default to the award date).
 */
public final class EuropassCv {
    /** The generator written into {@code DocumentInfo}. */
    public static final String GENERATOR = "Kulisse";

    private final DocumentType documentType;
    private final String locale;
    private final Instant created;
    private final Instant updated;
    private final String generator;

    private EuropassCv(DocumentType documentType, String locale, Instant created, Instant updated, String generator) {
        this.documentType = documentType;
        this.locale = locale;
        this.created = created;
        this.updated = updated;
        this.generator = generator;
    }

    /** A CV writer: document type ECV, the framework's first language, dates from the award date. */
    public static EuropassCv create() {
        return new EuropassCv(DocumentType.ECV, null, null, null, GENERATOR);
    }

    /** ECV (a CV) or ECV_ESP (CV with Skills Passport); the others need parts Kulisse does not write. */
    public EuropassCv documentType(DocumentType type) {
        if (type != DocumentType.ECV && type != DocumentType.ECV_ESP && type != DocumentType.ESP) {
            throw new IllegalArgumentException("Kulisse writes ECV, ECV_ESP or ESP documents, not " + type);
        }
        return new EuropassCv(type, locale, created, updated, generator);
    }

    /** The document language: any language of the framework (texts missing in it fall back to the first). */
    public EuropassCv locale(String language) {
        if (!language.matches("[a-zA-Z]{2}")) {
            throw new IllegalArgumentException("a Europass locale is a two-letter language code, not " + language);
        }
        return new EuropassCv(documentType, language, created, updated, generator);
    }

    /** The creation and last-update dates written into {@code DocumentInfo}. */
    public EuropassCv dates(Instant creation, Instant lastUpdate) {
        return new EuropassCv(documentType, locale, Objects.requireNonNull(creation),
                Objects.requireNonNull(lastUpdate), generator);
    }

    public EuropassCv generator(String name) {
        return new EuropassCv(documentType, locale, created, updated, Objects.requireNonNull(name));
    }

    /** The document this writer makes of an achievement, before it becomes XML. */
    public EuropassDocument toDocument(LearnerAchievement achievement) {
        String language = locale != null ? locale : achievement.framework().languages().stream().findFirst()
                .orElse("en");
        Instant creation = created;
        if (creation == null) {
            creation = achievement.awarded() != null
                    ? achievement.awarded().atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        return CvModel.build(achievement, documentType, language, creation, updated == null ? creation : updated,
                generator);
    }

    public void write(LearnerAchievement achievement, OutputStream out) {
        write(toDocument(achievement), out);
    }

    /**
     * Writes any Europass document, for instance one read with {@link EuropassReader}: the output is always v3.4
     * ({@code XSDVersion} V3.4). Attachments are not written (the reader keeps only their metadata).
     */
    public static void write(EuropassDocument document, OutputStream out) {
        new DocumentWriter().write(document, out);
    }

    public static String writeString(EuropassDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public String writeString(LearnerAchievement achievement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(achievement, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public void write(LearnerAchievement achievement, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(achievement, out);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
