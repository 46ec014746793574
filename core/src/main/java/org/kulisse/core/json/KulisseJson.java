package org.kulisse.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kulisse.core.ExportException;
import org.kulisse.core.ImportException;
import org.kulisse.core.internal.json.DocumentCodec;
import org.kulisse.core.internal.json.JsonInput;
import org.kulisse.core.internal.json.JsonLocator;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Learner;

/**
 * Reads and writes Kulisse JSON v1: the versioned, lossless JSON form of frameworks and learners (a JSON Schema for it
 * ships at {@link #SCHEMA_RESOURCE}).
 *
 * <pre>{@code
 * KulisseJson json = KulisseJson.create();
 * CompetenceFramework framework = json.readFramework(Path.of("framework.json"));
 * json.write(framework, Path.of("copy.json"));
 * }</pre>
 *
 * <p>Reading never returns a partial result: malformed JSON, duplicate keys, values of the wrong type and exceeded
 * {@link ReadLimits} all raise an {@link ImportException} naming the source, line, column and JSON pointer. Fields the
 * reader does not know are kept as extensions and written back. Writing is deterministic: the same model always gives
 * the same bytes (UTF-8, two-space indent, LF line ends). Instances are immutable and thread-safe.
 */
public final class KulisseJson {

    /** The format version this library writes. */
    public static final String FORMAT_VERSION = "1.0";
    /** Class-path location of the JSON Schema (draft 2020-12) for Kulisse JSON v1. */
    public static final String SCHEMA_RESOURCE = "/org/kulisse/core/json/kulisse-1.0.schema.json";
    /** The {@code "$id"} of that schema. */
    public static final String SCHEMA_ID = "https://kulisse.org/schema/kulisse-1.0.schema.json";

    public static final String TYPE_FRAMEWORK = "framework";
    public static final String TYPE_LEARNER = "learner";

    private final JsonInput input;

    private KulisseJson(ReadLimits limits) {
        this.input = new JsonInput(limits);
    }

    /** A reader and writer with {@link ReadLimits#DEFAULT}. */
    public static KulisseJson create() {
        return new KulisseJson(ReadLimits.DEFAULT);
    }

    public static KulisseJson withLimits(ReadLimits limits) {
        return new KulisseJson(limits);
    }

    /** Parses a file into a document whose header and content are mapped on demand (for other modules' readers). */
    public JsonDocument parse(Path file) {
        return new JsonDocument(input.parse(file));
    }

    public JsonDocument parse(InputStream in, String sourceName) {
        return new JsonDocument(input.parse(in, sourceName));
    }

    public JsonDocument parse(String json) {
        return new JsonDocument(input.parse(json, null));
    }

    /** Reads any Kulisse JSON document that core knows (framework or learner). */
    public KulisseDocument read(Path file) {
        return decode(parse(file));
    }

    public KulisseDocument read(InputStream in, String sourceName) {
        return decode(parse(in, sourceName));
    }

    public CompetenceFramework readFramework(Path file) {
        return expect(read(file), KulisseDocument.Framework.class, file.toString()).framework();
    }

    public CompetenceFramework readFramework(InputStream in, String sourceName) {
        return expect(read(in, sourceName), KulisseDocument.Framework.class, sourceName).framework();
    }

    public CompetenceFramework readFramework(String json) {
        return expect(decode(parse(json)), KulisseDocument.Framework.class, null).framework();
    }

    public Learner readLearner(Path file) {
        return expect(read(file), KulisseDocument.LearnerDoc.class, file.toString()).learner();
    }

    public Learner readLearner(String json) {
        return expect(decode(parse(json)), KulisseDocument.LearnerDoc.class, null).learner();
    }

    /** The document's {@code "type"} without mapping the rest (for tools that dispatch on it). */
    public String peekType(Path file) {
        return parse(file).type();
    }

    /**
     * Where a JSON pointer (such as a validation path) points in a JSON text; for an absent member, its nearest
     * present parent. Empty when the text does not parse.
     */
    public static Optional<JsonPosition> locate(byte[] json, String pointer) {
        return JsonLocator.position(json, pointer);
    }

    public String writeString(CompetenceFramework framework) {
        return DocumentCodec.write(framework).toString();
    }

    public String writeString(Learner learner) {
        return DocumentCodec.write(learner).toString();
    }

    public void write(CompetenceFramework framework, OutputStream out) {
        writeBytes(DocumentCodec.write(framework).toBytes(), out);
    }

    public void write(Learner learner, OutputStream out) {
        writeBytes(DocumentCodec.write(learner).toBytes(), out);
    }

    public void write(CompetenceFramework framework, Path file) {
        write(DocumentCodec.write(framework), file);
    }

    public void write(Learner learner, Path file) {
        write(DocumentCodec.write(learner), file);
    }

    /** Writes any document built with {@link JsonOut} to a file, creating parent folders. */
    public static void write(JsonOut document, Path file) {
        writeFile(document.toBytes(), file);
    }

    /**
     * Checks the header of a Kulisse JSON document ({@code "kulisse"}: a supported 1.x version) and returns its
     * {@code "type"}.
     */
    static String header(JsonCursor root) {
        root.object();
        String version = root.string("kulisse");
        if (version == null) {
            throw root.field("kulisse").error("not a Kulisse JSON document: the \"kulisse\" format version is missing");
        }
        if (!version.equals("1") && !version.startsWith("1.")) {
            throw root.field("kulisse").error("unsupported Kulisse JSON version \"" + version
                    + "\"; this library reads 1.x");
        }
        String type = root.string("type");
        if (type == null) {
            throw root.field("type").error("the document \"type\" is missing");
        }
        return type;
    }

    private static KulisseDocument decode(JsonDocument document) {
        String type = document.type();
        return document.map(root -> switch (type) {
            case TYPE_FRAMEWORK -> new KulisseDocument.Framework(DocumentCodec.framework(root));
            case TYPE_LEARNER -> new KulisseDocument.LearnerDoc(DocumentCodec.learner(root));
            default -> throw root.field("type").error("unknown document type \"" + type + "\" (core reads \""
                    + TYPE_FRAMEWORK + "\" and \"" + TYPE_LEARNER + "\")");
        });
    }

    private static <T extends KulisseDocument> T expect(KulisseDocument document, Class<T> kind, String source) {
        if (!kind.isInstance(document)) {
            String wanted = kind == KulisseDocument.Framework.class ? TYPE_FRAMEWORK : TYPE_LEARNER;
            throw new ImportException("expected a \"" + wanted + "\" document, found \"" + document.type() + "\"",
                    source, 0, 0, "/type");
        }
        return kind.cast(document);
    }

    private static void writeBytes(byte[] bytes, OutputStream out) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new ExportException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static void writeFile(byte[] bytes, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
