package org.kulisse.esco.internal;

import java.util.List;

/**
 * Numbers distinct strings 0, 1, 2, ... in the order they first come. Reading the ESCO relations asks this for a
 * code some 300,000 times, and those look-ups cost about as much as parsing the files, nearly all of it in cache
 * misses. So the table is open addressing over one array of (hash, code) pairs: a look-up reads that array and, on a
 * matching hash, the key; a {@code HashMap<String, Integer>} would also read its node and the boxed code. Not
 * thread-safe.
 */
public final class StringCodes {
    private long[] slots = new long[1 << 10]; // hash << 32 | (code + 1); 0 is a free slot
    private String[] keys = new String[1 << 10];
    private int size;

    /** The code of {@code key}; a key not seen before gets the next code and is appended to {@code added}. */
    public int code(String key, List<String> added) {
        int hash = key.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                slots[i] = (long) hash << 32 | (size + 1);
                keys[i] = key;
                added.add(key);
                if (++size * 2 > slots.length) {
                    grow();
                }
                return size - 1;
            }
            if ((int) (slot >>> 32) == hash && keys[i].equals(key)) {
                return (int) slot - 1;
            }
        }
    }

    /** The number of distinct strings coded. */
    public int size() {
        return size;
    }

    /** Hashes that differ only in their high bits must not all land in one run of slots. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        long[] oldSlots = slots;
        String[] oldKeys = keys;
        slots = new long[oldSlots.length * 2];
        keys = new String[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                int i = spread((int) (oldSlots[j] >>> 32)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                keys[i] = oldKeys[j];
            }
        }
    }
}
