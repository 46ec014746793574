package org.kulisse.core.json;

import java.util.function.Function;
import org.kulisse.core.ImportException;
import org.kulisse.core.internal.json.JsonInput;

/**
 * A parsed Kulisse JSON document: syntax already checked (duplicate keys refused, limits applied), header not yet.
 * Readers of every module map it onto their model with {@link #map}, which reports a bad value with source, line,
 * column and JSON pointer.
 *
 * <pre>{@code
 * JsonDocument doc = KulisseJson.create().parse(path);
 * if (doc.type().equals("mou")) { MemorandumOfUnderstanding mou = doc.map(MouCodec::read); }
 * }</pre>
 */
public final class JsonDocument {
    private final JsonInput.Parsed parsed;

    JsonDocument(JsonInput.Parsed parsed) {
        this.parsed = parsed;
    }

    /** The name of the input (file name, "stdin"), or null. */
    public String source() {
        return parsed.source();
    }

    /** The document's {@code "type"}, after checking that {@code "kulisse"} names a supported version. */
    public String type() {
        return map(KulisseJson::header);
    }

    /** Maps the document with {@code mapper}; every failure becomes a located {@link ImportException}. */
    public <T> T map(Function<JsonCursor, T> mapper) {
        try {
            return mapper.apply(JsonCursor.root(parsed.tree()));
        } catch (JsonValueException e) {
            throw parsed.located(e);
        } catch (IllegalArgumentException e) {
            // a model constructor refused a value the mapping let through: still bad input, never a crash
            throw new ImportException("not a valid Kulisse JSON document: " + e.getMessage(), parsed.source(), 0, 0,
                    null, e);
        }
    }

    /** The raw bytes, for locating validation paths ({@link KulisseJson#locate}). */
    public byte[] bytes() {
        return parsed.bytes().clone();
    }
}
