package org.kulisse.core.interop;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.kulisse.core.ImportException;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;

/**
 * Reads a framework in whichever format a file holds, told apart by content: Kulisse JSON, a CASE 1.1 package or a
 * Moodle competency framework CSV.
 */
public final class FrameworkFormats {

    /** The formats a framework file can have. */
    public enum Format {
        KULISSE_JSON, CASE_JSON, MOODLE_CSV
    }

    private FrameworkFormats() {
    }

    public static Format detect(String text) {
        if (MoodleCsv.looksLike(text)) {
            return Format.MOODLE_CSV;
        }
        if (CaseJson.looksLike(text)) {
            return Format.CASE_JSON;
        }
        return Format.KULISSE_JSON;
    }

    /**
     * The framework in {@code file}, with what a foreign format could not carry over. Errors of a foreign format make
     * the result's {@link InteropResult#hasErrors()} true; a Kulisse JSON file that cannot be read throws
     * {@link ImportException} as {@link KulisseJson} does.
     */
    public static InteropResult<CompetenceFramework> read(Path file, String language) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ImportException("no such file", file.toString(), 0, 0, null, e);
        } catch (CharacterCodingException e) {
            throw new ImportException("the file is not UTF-8 text", file.toString(), 0, 0, null, e);
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage(), file.toString(), 0, 0, null, e);
        }
        return switch (detect(text)) {
            case MOODLE_CSV -> MoodleCsv.read(text, language);
            case CASE_JSON -> CaseJson.read(file, language);
            case KULISSE_JSON -> new InteropResult<>(KulisseJson.create().readFramework(file), List.of());
        };
    }

    /** The framework in {@code file}, or an {@link ImportException} naming every error. */
    public static CompetenceFramework readOrThrow(Path file, String language) {
        return read(file, language).orThrow(file.toString());
    }
}
