package org.kulisse.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.kulisse.core.ImportException;
import org.kulisse.core.json.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads bytes into a JSON tree under explicit limits, refusing duplicate keys, and turns every failure into an
 * {@link ImportException} with line, column and JSON pointer. The bytes are kept so that later mapping errors, which
 * only know a pointer, can be located too.
 */
public final class JsonInput {
    private final JsonMapper mapper;
    private final ReadLimits limits;

    public JsonInput(ReadLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // trailing content is checked by parse() itself, with a plain message and location
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /** A parsed document: its tree, its bytes and the name of its source. */
    public record Parsed(JsonNode tree, byte[] bytes, String source) {

        /** Converts a mapping failure into an ImportException located in this document. */
        public ImportException located(org.kulisse.core.json.JsonValueException failure) {
            TokenStreamLocation location = JsonLocator.locate(bytes, failure.pointer());
            return new ImportException(failure.getMessage(), source,
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
                    failure.pointer(), failure);
        }
    }

    public Parsed parse(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                throw new ImportException("the file has " + size + " bytes, more than the limit of "
                        + limits.maxDocumentBytes(), source, 0, 0, null);
            }
            return parse(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw new ImportException("no such file", source, 0, 0, null, e);
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage(), source, 0, 0, null, e);
        }
    }

    public Parsed parse(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            if (bytes.length > limits.maxDocumentBytes()) {
                throw new ImportException("the input is longer than the limit of " + limits.maxDocumentBytes()
                        + " bytes", source, 0, 0, null);
            }
            return parse(bytes, source);
        } catch (IOException e) {
            throw new ImportException("cannot read the input: " + e.getMessage(), source, 0, 0, null, e);
        }
    }

    public Parsed parse(String json, String source) {
        return parse(json.getBytes(StandardCharsets.UTF_8), source);
    }

    public Parsed parse(byte[] bytes, String source) {
        try (JsonParser parser = mapper.createParser(bytes)) {
            try {
                if (parser.nextToken() == null) {
                    throw new ImportException("the document is empty", source, 1, 1, "");
                }
                JsonNode tree = mapper.readTree(parser);
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    throw new ImportException("unexpected content after the end of the document", source,
                            at.getLineNr(), at.getColumnNr(), "");
                }
                return new Parsed(tree, bytes, source);
            } catch (JacksonException e) {
                TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String pointer = parser.streamReadContext() == null ? null
                        : parser.streamReadContext().pathAsPointer().toString();
                throw new ImportException(clean(e.getOriginalMessage()), source,
                        at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), pointer, e);
            }
        }
    }

    /** Jackson's messages name a redacted source and byte offsets; the location is reported separately. */
    private static String clean(String message) {
        return message == null ? "malformed JSON"
                : message.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                        .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "").trim();
    }

    public JsonMapper mapper() {
        return mapper;
    }
}
