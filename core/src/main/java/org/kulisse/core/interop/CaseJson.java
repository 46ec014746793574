package org.kulisse.core.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kulisse.core.ExportException;
import org.kulisse.core.internal.interop.CaseExport;
import org.kulisse.core.internal.interop.CaseImport;
import org.kulisse.core.json.JsonDocument;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;

/**
 * 1EdTech CASE 1.1 packages ({@code CFPackage}: {@code CFDocument}, {@code CFItems}, {@code CFAssociations}), the
 * exchange format of competency registries (OpenSALT, CASS, Canvas).
 *
 * <p>Export: qualifications, units and outcomes become CFItems (types {@code Qualification}, {@code Unit},
 * {@code Knowledge}, {@code Skill}, {@code Competence}; {@code humanCodingScheme} = our codes) tied by
 * {@code isChildOf}; texts in further languages become items linked by {@code isTranslationOf}; related ESCO concepts
 * become {@code isRelatedTo} associations pointing at the ESCO IRIs. Identifiers are version-5 UUIDs derived from our
 * ids, so the same framework always exports the same identifiers. Import reads such a package back, and any other:
 * item types it does not know are placed by depth with a report; every field, item and association it does not map
 * is kept in the model's extensions and written back on export.
 */
public final class CaseJson {
    private CaseJson() {
    }

    public static String write(CompetenceFramework framework) {
        return CaseExport.write(framework).toString();
    }

    public static void write(CompetenceFramework framework, Path file) {
        try {
            Files.writeString(file, write(framework), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a CASE package; a text without a language of its own is taken to be in {@code language}. */
    public static InteropResult<CompetenceFramework> read(String json, String language) {
        return read(KulisseJson.create().parse(json), language);
    }

    public static InteropResult<CompetenceFramework> read(Path file, String language) {
        return read(KulisseJson.create().parse(file), language);
    }

    private static InteropResult<CompetenceFramework> read(JsonDocument document, String language) {
        return document.map(root -> CaseImport.read(root, language));
    }

    /** Whether a text looks like a CASE package (a JSON object with a "CFDocument"). */
    public static boolean looksLike(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return head.trim().startsWith("{") && head.contains("\"CFDocument\"");
    }
}
