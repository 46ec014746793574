package org.kulisse.esco.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StringCodesTest {

    @Test
    void numbersDistinctStringsInTheOrderTheyFirstCome() {
        StringCodes codes = new StringCodes();
        List<String> added = new ArrayList<>();
        assertThat(codes.code("b", added)).isZero();
        assertThat(codes.code("a", added)).isOne();
        assertThat(codes.code(new String("b"), added)).isZero();
        assertThat(codes.code("", added)).isEqualTo(2);
        assertThat(added).containsExactly("b", "a", "");
        assertThat(codes.size()).isEqualTo(3);
    }

    @Test
    void keysWithTheSameHashKeepTheirOwnCodes() {
        // "Aa" and "BB" hash alike, and so does every string made of n of them
        List<String> colliding = new ArrayList<>();
        for (int i = 0; i < 1 << 11; i++) {
            StringBuilder key = new StringBuilder();
            for (int bit = 0; bit < 11; bit++) {
                key.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            colliding.add(key.toString());
        }
        assertThat(colliding.stream().mapToInt(String::hashCode).distinct().count()).isOne();
        StringCodes codes = new StringCodes();
        List<String> added = new ArrayList<>();
        colliding.forEach(key -> codes.code(key, added));
        assertThat(added).isEqualTo(colliding);
        for (int i = 0; i < colliding.size(); i++) {
            assertThat(codes.code(new String(colliding.get(i)), added)).isEqualTo(i);
        }
        assertThat(added).hasSize(colliding.size());
    }

    @Test
    void agreesWithAMapOverManyKeysAcrossGrowth() {
        Random random = new Random(7);
        StringCodes codes = new StringCodes();
        Map<String, Integer> expected = new HashMap<>();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String key = "http://data.europa.eu/esco/skill/" + random.nextInt(40_000);
            Integer known = expected.putIfAbsent(key, expected.size());
            assertThat(codes.code(key, added)).isEqualTo(known == null ? expected.size() - 1 : known);
        }
        assertThat(codes.size()).isEqualTo(expected.size());
        assertThat(added).hasSize(expected.size());
        for (int i = 0; i < added.size(); i++) {
            assertThat(expected.get(added.get(i))).isEqualTo(i);
        }
    }
}
