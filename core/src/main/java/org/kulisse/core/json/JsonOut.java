package org.kulisse.core.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kulisse.core.internal.json.JsonValues;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LocalizedText;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a JSON object in the order fields are put, and writes it the one Kulisse way: UTF-8, two-space indent, LF
 * line ends, a final newline. Absent values (null, empty text, empty lists) are left out, so that absent and empty
 * read back the same. Writers of every module use it, so all Kulisse JSON looks alike.
 */
public final class JsonOut {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        WRITER = JsonMapper.builder().build().writer().with(new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    private final ObjectNode node;

    private JsonOut(ObjectNode node) {
        this.node = node;
    }

    public static JsonOut object() {
        return new JsonOut(NODES.objectNode());
    }

    /** A top-level document: {@code {"kulisse": "1.0", "type": TYPE, ...}}. */
    public static JsonOut document(String type) {
        return object().put("kulisse", KulisseJson.FORMAT_VERSION).put("type", type);
    }

    public JsonOut put(String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
        return this;
    }

    public JsonOut put(String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
        return this;
    }

    public JsonOut put(String name, long value) {
        node.put(name, value);
        return this;
    }

    public JsonOut put(String name, Boolean value) {
        if (value != null) {
            node.put(name, value);
        }
        return this;
    }

    /** An explicit JSON null (for outputs where "none" must be visible). */
    public JsonOut putNull(String name) {
        node.putNull(name);
        return this;
    }

    public JsonOut put(String name, LocalDate value) {
        if (value != null) {
            node.put(name, value.toString());
        }
        return this;
    }

    public JsonOut put(String name, LocalizedText text) {
        if (text != null && !text.isEmpty()) {
            ObjectNode object = node.putObject(name);
            text.texts().forEach(object::put);
        }
        return this;
    }

    public JsonOut put(String name, CreditPoints points) {
        if (points != null) {
            node.set(name, pointsNode(points));
        }
        return this;
    }

    public JsonOut put(String name, JsonOut child) {
        if (child != null) {
            node.set(name, child.node);
        }
        return this;
    }

    public JsonOut putStrings(String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
        return this;
    }

    /** Like {@link #putStrings} but writes {@code []} for an empty list (for outputs where "none" must show). */
    public JsonOut putStringsOrEmpty(String name, List<String> values) {
        ArrayNode array = node.putArray(name);
        if (values != null) {
            values.forEach(array::add);
        }
        return this;
    }

    /** Like {@link #putObjects} but writes {@code []} for an empty list. */
    public JsonOut putObjectsOrEmpty(String name, List<JsonOut> children) {
        ArrayNode array = node.putArray(name);
        if (children != null) {
            children.forEach(child -> array.add(child.node));
        }
        return this;
    }

    public JsonOut putTexts(String name, List<LocalizedText> texts) {
        if (texts != null && !texts.isEmpty()) {
            ArrayNode array = node.putArray(name);
            for (LocalizedText text : texts) {
                ObjectNode object = array.addObject();
                text.texts().forEach(object::put);
            }
        }
        return this;
    }

    public JsonOut putPoints(String name, List<CreditPoints> points) {
        if (points != null && !points.isEmpty()) {
            ArrayNode array = node.putArray(name);
            points.forEach(p -> array.add(pointsNode(p)));
        }
        return this;
    }

    public JsonOut putObjects(String name, List<JsonOut> children) {
        if (children != null && !children.isEmpty()) {
            ArrayNode array = node.putArray(name);
            children.forEach(child -> array.add(child.node));
        }
        return this;
    }

    /** Unknown fields kept from a read document, after the known ones. */
    public JsonOut putExtensions(Extensions extensions) {
        if (extensions != null) {
            for (Map.Entry<String, Object> entry : extensions.values().entrySet()) {
                node.set(entry.getKey(), JsonValues.toJson(entry.getValue()));
            }
        }
        return this;
    }

    private static ObjectNode pointsNode(CreditPoints points) {
        ObjectNode entry = NODES.objectNode();
        if (points.value() != null) {
            entry.put("value", points.value());
        }
        if (points.system() != null) {
            entry.put("system", points.system());
        }
        return entry;
    }

    public byte[] toBytes() {
        byte[] json = WRITER.writeValueAsBytes(node);
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    @Override
    public String toString() {
        return new String(toBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
