package org.kulisse.core.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kulisse.core.ExportException;
import org.kulisse.core.ImportException;
import org.kulisse.core.internal.interop.MoodleExport;
import org.kulisse.core.internal.interop.MoodleImport;
import org.kulisse.core.model.CompetenceFramework;

/**
 * Moodle's competency framework CSV (Site administration → Competencies → Import competency framework): a header and
 * 14 columns, one framework row and one row per competency, parents named by ID number.
 *
 * <p>Export writes the framework as a three-level tree: qualifications, their units, the units' outcomes (units in
 * no qualification at the top). ID numbers are the codes (the ids where codes are missing or repeat), descriptions
 * are HTML with the text in every language and the related ESCO skills, and outcomes that share an ESCO skill
 * cross-reference each other. Import reads that back — ids, kinds, all languages and links included — and reads any
 * other Moodle export by depth (leaves become outcomes, their parents units, anything above qualifications), with a
 * report of what could not be typed. Both header wordings Moodle has used are accepted (Moodle itself maps columns by
 * position).
 */
public final class MoodleCsv {
    /** The header Moodle 3.1+ writes and reads, in column order. */
    public static final List<String> HEADER = List.of("Parent ID number", "ID number", "Short name", "Description",
            "Description format", "Scale values", "Scale configuration", "Rule type (optional)",
            "Rule outcome (optional)", "Rule config (optional)", "Cross-referenced competency ID numbers",
            "Exported ID (optional)", "Is framework", "Taxonomy");
    /** The header older Moodle versions wrote. */
    public static final List<String> OLD_HEADER = List.of("Parent id number", "Id number", "Shortname",
            "Description", "Description format", "Scale values", "Scale configuration", "Rule type (optional)",
            "Rule outcome (optional)", "Rule config (optional)", "Cross referenced competency id numbers",
            "Exported id (optional)", "Is framework", "Taxonomy");
    /** Moodle cuts short names (and ID numbers) at this many characters. */
    public static final int MAX_SHORT_NAME = 100;

    private MoodleCsv() {
    }

    /** The framework as Moodle CSV; short names in {@code language} (else each text's first language). */
    public static String write(CompetenceFramework framework, String language) {
        return MoodleExport.write(framework, language);
    }

    public static void write(CompetenceFramework framework, String language, Path file) {
        try {
            Files.writeString(file, write(framework, language), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a Moodle CSV; texts without a language of their own are taken to be in {@code language}. */
    public static InteropResult<CompetenceFramework> read(String csv, String language) {
        return MoodleImport.read(csv, language);
    }

    public static InteropResult<CompetenceFramework> read(Path file, String language) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), language);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportException("the file is not UTF-8 text", file.toString(), 0, 0, null, e);
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage(), file.toString(), 0, 0, null, e);
        }
    }

    /** Whether a text looks like a Moodle framework CSV (its first line is one of the two headers). */
    public static boolean looksLike(String text) {
        String firstLine = text.lines().findFirst().orElse("").replace("\"", "").trim().toLowerCase(
                java.util.Locale.ROOT);
        return firstLine.startsWith("parent id number,") || firstLine.startsWith("parent id number;");
    }
}
