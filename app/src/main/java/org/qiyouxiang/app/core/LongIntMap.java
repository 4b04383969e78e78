package org.qiyouxiang.app.core;

import java.util.Arrays;

/**
 * Numbers of 0 and up by long keys (an item's place in its list by its id), without an object per entry:
 * a city's 10,000 items kept several maps of boxed ids and places, about 70 bytes an entry; this keeps 24
 * (docs/benchmarks.md, Memory). Open addressing, never more than half full. Not thread-safe.
 */
public final class LongIntMap {

    public static final int ABSENT = -1;

    private long[] keys;
    /** The number + 1; 0 marks an empty slot. */
    private int[] values;
    private int size;

    public LongIntMap() {
        this(16);
    }

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** The number kept for the key, or {@link #ABSENT}. */
    public int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i] - 1;
            }
        }
        return ABSENT;
    }

    public boolean containsKey(long key) {
        return get(key) != ABSENT;
    }

    /** Keeps {@code value} (0 or more) for the key, replacing what was there. */
    public void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a LongIntMap keeps numbers of 0 and up: " + value);
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != 0) {
            if (keys[i] == key) {
                values[i] = value + 1;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value + 1;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    public int size() {
        return size;
    }

    public void clear() {
        Arrays.fill(values, 0);
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (values[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
