package org.kulisse.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Defensive copies for record components: null becomes empty, elements must not be null. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            copy.add(Objects.requireNonNull(element, "list element"));
        }
        return Collections.unmodifiableList(copy);
    }
}
