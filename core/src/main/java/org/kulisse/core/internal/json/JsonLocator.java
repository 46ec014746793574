package org.kulisse.core.internal.json;

import java.util.Optional;
import org.kulisse.core.json.JsonPosition;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds where in a document a JSON pointer points, for error messages: a second, streaming pass over the bytes that
 * runs only when something failed. A pointer to an absent field gives the location of its nearest present parent.
 */
public final class JsonLocator {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonLocator() {
    }

    /** The same place as a public position; empty when nothing is found. */
    public static Optional<JsonPosition> position(byte[] bytes, String pointer) {
        TokenStreamLocation location = locate(bytes, pointer);
        return location == null || location.getLineNr() < 1 ? Optional.empty()
                : Optional.of(new JsonPosition(location.getLineNr(), location.getColumnNr()));
    }

    public static TokenStreamLocation locate(byte[] bytes, String pointer) {
        String target = pointer;
        while (true) {
            TokenStreamLocation found = scan(bytes, target);
            if (found != null || target.isEmpty()) {
                return found;
            }
            target = target.substring(0, target.lastIndexOf('/'));
        }
    }

    private static TokenStreamLocation scan(byte[] bytes, String pointer) {
        try (JsonParser parser = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                if (parser.streamReadContext().pathAsPointer().toString().equals(pointer)) {
                    return parser.currentTokenLocation();
                }
            }
            return null;
        } catch (RuntimeException e) {
            return null; // a document that does not even parse was reported by the first pass
        }
    }
}
