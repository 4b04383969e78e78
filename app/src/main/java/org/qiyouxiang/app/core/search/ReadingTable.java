package org.qiyouxiang.app.core.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readings of every Chinese character, read once from pinyin4j's own table of them
 * ({@code pinyindb/unicode_to_hanyu_pinyin.txt}, lines such as {@code 884C (xing2,hang2,heng2,hang4)}).
 * pinyin4j's API is not used: its first call also loads a dictionary of phrases into a hash table per
 * character, 16 MB of heap for as long as the app runs, and the search needs single characters only
 * (ADR 0021). The result is what {@code PinyinHelper.toHanyuPinyinStringArray} gives without tones and
 * with ü as v, then letters only, each reading once, and a reading with v also with u (绿: lv, lu).
 */
final class ReadingTable {

    static final String RESOURCE = "/pinyindb/unicode_to_hanyu_pinyin.txt";
    private static final String[] NONE = new String[0];
    /** pinyin4j's mark of a character it has no reading for. */
    private static final String NO_READING = "(none0)";

    private ReadingTable() {
    }

    static String[] readings(char c) {
        String[] r = Holder.TABLE[c];
        return r == null ? NONE : r;
    }

    /** Loaded on first use: about 21,000 characters, a few hundred distinct readings shared between them. */
    private static final class Holder {
        static final String[][] TABLE = load();
    }

    private static String[][] load() {
        String[][] table = new String[Character.MAX_VALUE + 1][];
        Map<String, String> shared = new HashMap<>();
        try (InputStream in = ReadingTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("pinyin4j's table " + RESOURCE + " is not on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                int space = line.indexOf(' ');
                if (space <= 0) {
                    continue;
                }
                int code = Integer.parseInt(line.substring(0, space), 16);
                String record = line.substring(space + 1).trim();
                if (code <= Character.MAX_VALUE && !record.equals(NO_READING)) {
                    table[code] = parse(record, shared);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /** {@code (lu:4,lu4)} → lv, lu: tones dropped, ü (written u:) as v, then only the letters. */
    static String[] parse(String record, Map<String, String> shared) {
        if (!record.startsWith("(") || !record.endsWith(")")) {
            return NONE;
        }
        List<String> readings = new ArrayList<>(4);
        for (String raw : record.substring(1, record.length() - 1).split(",")) {
            String plain = raw.replace("u:", "v").replaceAll("[^a-z]", "");
            if (!plain.isEmpty()) {
                add(readings, shared.computeIfAbsent(plain, k -> k));
                if (plain.indexOf('v') >= 0) {
                    String u = plain.replace('v', 'u');
                    add(readings, shared.computeIfAbsent(u, k -> k));
                }
            }
        }
        return readings.isEmpty() ? NONE : readings.toArray(NONE);
    }

    private static void add(List<String> readings, String reading) {
        if (!readings.contains(reading)) {
            readings.add(reading);
        }
    }
}
