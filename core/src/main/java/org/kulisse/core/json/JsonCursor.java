package org.kulisse.core.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kulisse.core.internal.json.JsonValues;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LocalizedText;
import tools.jackson.databind.JsonNode;

/**
 * A value in a parsed Kulisse JSON document together with its JSON pointer, with typed accessors that fail with a
 * {@link JsonValueException} naming the pointer of the offending value; {@link JsonDocument#map} turns that into an
 * {@link org.kulisse.core.ImportException} with line and column. Absent and explicit-null fields are treated alike:
 * both mean "not given". This is what the readers of every module use to map documents onto their models.
 */
public final class JsonCursor {
    private final JsonNode node;
    private final String pointer;

    JsonCursor(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    static JsonCursor root(JsonNode node) {
        return new JsonCursor(node, "");
    }

    JsonNode node() {
        return node;
    }

    public String pointer() {
        return pointer;
    }

    public JsonValueException error(String message) {
        return new JsonValueException(pointer, message);
    }

    /** Requires this node to be an object. */
    public JsonCursor object() {
        if (!node.isObject()) {
            throw error("expected an object, found " + describe(node));
        }
        return this;
    }

    public boolean has(String name) {
        JsonNode child = node.get(name);
        return child != null && !child.isNull();
    }

    public JsonCursor field(String name) {
        JsonNode child = node == null ? null : node.get(name);
        return new JsonCursor(child, pointer + "/" + escape(name));
    }

    public boolean isAbsent() {
        return node == null || node.isNull() || node.isMissingNode();
    }

    public String string(String name) {
        JsonCursor field = field(name);
        if (field.isAbsent()) {
            return null;
        }
        if (!field.node.isString()) {
            throw field.error("expected a string, found " + describe(field.node));
        }
        return field.node.stringValue();
    }

    public String requiredString(String name) {
        String value = string(name);
        if (value == null) {
            throw field(name).error("required string \"" + name + "\" is missing");
        }
        return value;
    }

    public BigDecimal decimal(String name) {
        JsonCursor field = field(name);
        if (field.isAbsent()) {
            return null;
        }
        if (!field.node.isNumber()) {
            throw field.error("expected a number, found " + describe(field.node));
        }
        return field.node.decimalValue();
    }

    public Integer integer(String name) {
        BigDecimal value = decimal(name);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw field(name).error("expected a whole number, found " + value.toPlainString());
        }
    }

    public Boolean bool(String name) {
        JsonCursor field = field(name);
        if (field.isAbsent()) {
            return null;
        }
        if (!field.node.isBoolean()) {
            throw field.error("expected true or false, found " + describe(field.node));
        }
        return field.node.booleanValue();
    }

    public LocalDate date(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw field(name).error("expected a date as YYYY-MM-DD, found \"" + value + "\"");
        }
    }

    /** The elements of an array field (empty when absent). */
    public List<JsonCursor> array(String name) {
        JsonCursor field = field(name);
        if (field.isAbsent()) {
            return List.of();
        }
        if (!field.node.isArray()) {
            throw field.error("expected an array, found " + describe(field.node));
        }
        List<JsonCursor> elements = new ArrayList<>(field.node.size());
        for (int i = 0; i < field.node.size(); i++) {
            elements.add(new JsonCursor(field.node.get(i), field.pointer + "/" + i));
        }
        return elements;
    }

    public <T> List<T> array(String name, Function<JsonCursor, T> element) {
        List<JsonCursor> cursors = array(name);
        List<T> values = new ArrayList<>(cursors.size());
        for (JsonCursor cursor : cursors) {
            values.add(element.apply(cursor));
        }
        return values;
    }

    public List<String> strings(String name) {
        return array(name, JsonCursor::asString);
    }

    public String asString() {
        if (isAbsent() || !node.isString()) {
            throw error("expected a string, found " + describe(node));
        }
        return node.stringValue();
    }

    /** A multilingual text: an object of language tag → string. Absent gives the empty text. */
    public LocalizedText text(String name) {
        JsonCursor field = field(name);
        return field.isAbsent() ? LocalizedText.empty() : field.asText();
    }

    public LocalizedText asText() {
        if (!node.isObject()) {
            throw error("expected an object of language → text, found " + describe(node));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (!value.isString()) {
                throw field(entry.getKey()).error("expected the text as a string, found " + describe(value));
            }
            texts.put(entry.getKey(), value.stringValue());
        }
        return new LocalizedText(texts);
    }

    /** An optional object field (null when absent). */
    public JsonCursor optionalObject(String name) {
        JsonCursor field = field(name);
        return field.isAbsent() ? null : field.object();
    }

    /** Every field of this object that is not in {@code known}, kept verbatim. */
    public Extensions extensions(Set<String> known) {
        Map<String, Object> unknown = null;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!known.contains(entry.getKey())) {
                if (unknown == null) {
                    unknown = new LinkedHashMap<>();
                }
                unknown.put(entry.getKey(), JsonValues.toJava(entry.getValue()));
            }
        }
        return unknown == null ? Extensions.none() : new Extensions(unknown);
    }

    public boolean has(String name, String... more) {
        return has(name) || java.util.Arrays.stream(more).anyMatch(this::has);
    }

    /**
     * This value as plain Java, verbatim (the value types of {@link org.kulisse.core.model.Extensions}); null when
     * absent.
     */
    public Object asJava() {
        return isAbsent() ? null : JsonValues.toJava(node);
    }

    /** The names of this object's fields, in document order. */
    public List<String> fieldNames() {
        return node == null || !node.isObject() ? List.of() : List.copyOf(node.propertyNames());
    }

    /**
     * Refuses any field but {@code known}: for value objects that keep no extensions, so that an unknown field is
     * reported rather than dropped.
     */
    public JsonCursor closed(String... known) {
        Set<String> allowed = Set.of(known);
        for (String name : fieldNames()) {
            if (!allowed.contains(name)) {
                throw field(name).error("unknown field \"" + name + "\" (allowed here: " + String.join(", ", known)
                        + ")");
            }
        }
        return this;
    }

    /** An EQF level given as a number (null when absent). */
    public EqfLevel eqfLevel(String name) {
        Integer level = integer(name);
        return level == null ? null : new EqfLevel(level);
    }

    /** An amount of credit: {@code {"value": 10, "system": "IRI"}}. */
    public CreditPoints asCreditPoints() {
        object().closed("value", "system");
        return new CreditPoints(decimal("value"), string("system"));
    }

    /** An optional single amount of credit (null when absent). */
    public CreditPoints creditPoints(String name) {
        JsonCursor field = optionalObject(name);
        return field == null ? null : field.asCreditPoints();
    }

    /** A list of amounts of credit (empty when absent). */
    public List<CreditPoints> creditPointsList(String name) {
        return array(name, JsonCursor::asCreditPoints);
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string \"" + abbreviate(node.stringValue()) + "\"";
            case NUMBER -> "the number " + node.asString();
            case BOOLEAN -> node.asString();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** RFC 6901 escaping of one reference token. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
