package org.kulisse.core.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Converts between Jackson trees and the plain Java values held by {@code Extensions}. */
public final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    public static Object toJava(JsonNode node) {
        switch (node.getNodeType()) {
            case NULL:
                return null;
            case STRING:
                return node.stringValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                return node.decimalValue();
            case ARRAY: {
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode element : node.values()) {
                    list.add(toJava(element));
                }
                return list;
            }
            case OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    map.put(entry.getKey(), toJava(entry.getValue()));
                }
                return map;
            }
            default:
                throw new IllegalStateException("unexpected JSON node " + node.getNodeType());
        }
    }

    public static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.stringNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set((String) k, toJson(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(toJson(v)));
            return array;
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
}
