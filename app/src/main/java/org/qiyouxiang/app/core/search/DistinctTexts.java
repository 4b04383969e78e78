package org.qiyouxiang.app.core.search;

import java.util.Arrays;

/**
 * Each distinct searched text once, with a bit per letter its characters' readings start with, numbered in
 * the order first seen. Unit and person names recur on thousands of items; a city's 10,000 items have about
 * 100,000 distinct texts, so these are kept in arrays and an open-addressing table of numbers instead of a
 * map of boxed numbers (docs/benchmarks.md, Memory).
 */
final class DistinctTexts {

    private String[] texts = new String[64];
    private int[] letters = new int[64];
    private int size;
    /** Text number + 1 by hash, 0 for an empty slot; never more than half full. */
    private int[] slots = new int[128];

    /** The number of a text, added with its letters if new. */
    int numberOf(String text) {
        int mask = slots.length - 1;
        int i = spread(text.hashCode()) & mask;
        while (slots[i] != 0) {
            int n = slots[i] - 1;
            if (texts[n].equals(text)) {
                return n;
            }
            i = (i + 1) & mask;
        }
        int n = size++;
        if (n == texts.length) {
            texts = Arrays.copyOf(texts, Math.max(64, n * 2));
            letters = Arrays.copyOf(letters, Math.max(64, n * 2));
        }
        texts[n] = text;
        letters[n] = firstLetters(text);
        slots[i] = n + 1;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return n;
    }

    String text(int number) {
        return texts[number];
    }

    int letters(int number) {
        return letters[number];
    }

    int size() {
        return size;
    }

    /** Gives back the room kept for texts to come, once the index is built; a later text grows them again. */
    void trim() {
        texts = Arrays.copyOf(texts, Math.max(1, size));
        letters = Arrays.copyOf(letters, Math.max(1, size));
    }

    private static int firstLetters(String text) {
        Pinyin.learn(text);
        int mask = 0;
        for (int i = 0; i < text.length(); i++) {
            mask |= Pinyin.firstLetters(text.charAt(i));
        }
        return mask;
    }

    private void rehash(int capacity) {
        int[] grown = new int[capacity];
        int mask = capacity - 1;
        for (int n = 0; n < size; n++) {
            int i = spread(texts[n].hashCode()) & mask;
            while (grown[i] != 0) {
                i = (i + 1) & mask;
            }
            grown[i] = n + 1;
        }
        slots = grown;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
