package org.qiyouxiang.app.core;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Splits the lead-unit and person cells, which hold several names: "县民政局、县住建局",
 * "韩娜 陈海明 孙政", "县卫健局，县医保局".
 */
public final class NameLists {

    private static final String SEPARATORS = "[、，,；;／/\\s\\u3000]+";

    private NameLists() {
    }

    public static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.strip().split(SEPARATORS))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** Split and mapped to known unit names through their aliases (县卫生健康局 → 县卫健局). */
    public static List<String> units(String cell, Map<String, String> canonicalNames) {
        return split(cell).stream().map(n -> canonicalNames.getOrDefault(n, n)).distinct().toList();
    }
}
