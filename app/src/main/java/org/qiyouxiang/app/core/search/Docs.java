package org.qiyouxiang.app.core.search;

import java.util.Arrays;

/**
 * The indexed texts of the items, one row each: the item, the field and quarter it is in, the text as shown,
 * the alias it was found by (units only, else null) and the number of its searched form in
 * {@link DistinctTexts}. Kept as columns of arrays: a city's 10,000 items have some 130,000 of them, and an
 * object per row cost twice the memory (docs/benchmarks.md, Memory).
 */
final class Docs {

    private static final SearchField[] FIELDS = SearchField.values();

    private long[] itemIds = new long[64];
    private byte[] fields = new byte[64];
    private byte[] quarters = new byte[64];
    private String[] texts = new String[64];
    private String[] aliases = new String[64];
    private int[] searched = new int[64];
    private int size;

    /** Adds a row and returns its place. */
    int add(long itemId, SearchField field, int quarter, String text, String alias, int searchedNumber) {
        if (size == itemIds.length) {
            resize(Math.max(64, size * 2));
        }
        int at = size++;
        set(at, itemId, field, quarter, text, alias, searchedNumber);
        return at;
    }

    void set(int at, long itemId, SearchField field, int quarter, String text, String alias, int searchedNumber) {
        itemIds[at] = itemId;
        fields[at] = (byte) field.ordinal();
        quarters[at] = (byte) quarter;
        texts[at] = text;
        aliases[at] = alias;
        searched[at] = searchedNumber;
    }

    int size() {
        return size;
    }

    /** Gives back the room kept for rows to come, once the index is built; a later row grows them again. */
    void trim() {
        resize(size);
    }

    private void resize(int capacity) {
        itemIds = Arrays.copyOf(itemIds, capacity);
        fields = Arrays.copyOf(fields, capacity);
        quarters = Arrays.copyOf(quarters, capacity);
        texts = Arrays.copyOf(texts, capacity);
        aliases = Arrays.copyOf(aliases, capacity);
        searched = Arrays.copyOf(searched, capacity);
    }

    long itemId(int at) {
        return itemIds[at];
    }

    SearchField field(int at) {
        return FIELDS[fields[at]];
    }

    int quarter(int at) {
        return quarters[at];
    }

    String text(int at) {
        return texts[at];
    }

    String alias(int at) {
        return aliases[at];
    }

    int searched(int at) {
        return searched[at];
    }
}
