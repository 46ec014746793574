package org.kulisse.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields of a document that Kulisse does not know, kept verbatim so that reading and writing a document loses
 * nothing. Values are plain JSON values in Java: {@code null}, {@link String}, {@link Boolean}, {@link BigDecimal}
 * (every number), {@link List} and {@link Map} (with String keys, in document order) of these. The copy is deep and
 * unmodifiable.
 *
 * @param values field name → value, in document order
 */
public record Extensions(Map<String, Object> values) {

    private static final Extensions NONE = new Extensions(Map.of());

    public Extensions {
        values = values == null || values.isEmpty() ? Map.of() : copyObject(values);
    }

    public static Extensions none() {
        return NONE;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A copy with one more (or a replaced) field. */
    public Extensions with(String name, Object value) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>(values);
        map.put(name, value);
        return new Extensions(map);
    }

    private static Map<String, Object> copyObject(Map<?, ?> map) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("extension keys must be strings, got " + key);
            }
            copy.put(name, copyValue(value));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof Map<?, ?> map) {
            return copyObject(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(copyValue(element)));
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
}
