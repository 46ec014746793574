package org.kulisse.core.internal.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LocalizedText;
import tools.jackson.databind.JsonNode;

/**
 * A node of a parsed JSON tree together with its JSON pointer, with typed accessors that fail with the pointer of the
 * offending value. Absent and explicit-null fields are treated alike: both mean "not given".
 */
public final class Cursor {
    private final JsonNode node;
    private final String pointer;

    public Cursor(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    public static Cursor root(JsonNode node) {
        return new Cursor(node, "");
    }

    public JsonNode node() {
        return node;
    }

    public String pointer() {
        return pointer;
    }

    public JsonMapping error(String message) {
        return new JsonMapping(pointer, message);
    }

    /** Requires this node to be an object. */
    public Cursor object() {
        if (!node.isObject()) {
            throw error("expected an object, found " + describe(node));
        }
        return this;
    }

    public boolean has(String name) {
        JsonNode child = node.get(name);
        return child != null && !child.isNull();
    }

    public Cursor field(String name) {
        JsonNode child = node.get(name);
        return new Cursor(child, pointer + "/" + escape(name));
    }

    private boolean absent() {
        return node == null || node.isNull() || node.isMissingNode();
    }

    public String string(String name) {
        Cursor field = field(name);
        if (field.absent()) {
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
        Cursor field = field(name);
        if (field.absent()) {
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
        Cursor field = field(name);
        if (field.absent()) {
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
    public List<Cursor> array(String name) {
        Cursor field = field(name);
        if (field.absent()) {
            return List.of();
        }
        if (!field.node.isArray()) {
            throw field.error("expected an array, found " + describe(field.node));
        }
        List<Cursor> elements = new ArrayList<>(field.node.size());
        for (int i = 0; i < field.node.size(); i++) {
            elements.add(new Cursor(field.node.get(i), field.pointer + "/" + i));
        }
        return elements;
    }

    public <T> List<T> array(String name, Function<Cursor, T> element) {
        List<Cursor> cursors = array(name);
        List<T> values = new ArrayList<>(cursors.size());
        for (Cursor cursor : cursors) {
            values.add(element.apply(cursor));
        }
        return values;
    }

    public List<String> strings(String name) {
        return array(name, Cursor::asString);
    }

    public String asString() {
        if (absent() || !node.isString()) {
            throw error("expected a string, found " + describe(node));
        }
        return node.stringValue();
    }

    /** A multilingual text: an object of language tag → string. Absent gives the empty text. */
    public LocalizedText text(String name) {
        Cursor field = field(name);
        return field.absent() ? LocalizedText.empty() : field.asText();
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
    public Cursor optionalObject(String name) {
        Cursor field = field(name);
        return field.absent() ? null : field.object();
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
