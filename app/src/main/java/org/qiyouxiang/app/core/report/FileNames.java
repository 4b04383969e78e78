package org.qiyouxiang.app.core.report;

import java.util.Locale;
import java.util.Set;

/** File names Windows accepts, made from a unit's name and the like: forbidden characters become "_". */
public final class FileNames {

    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    /** Windows allows 255 characters for a name; leave room for the folder and a copy's " (2)". */
    static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    /** {@code <>:"/\|?*}, control characters, trailing dots and spaces and reserved names made safe. */
    public static String safe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.strip().codePoints().forEach(cp -> {
            boolean forbidden = cp < 0x20 || cp == 0x7f || "<>:\"/\\|?*".indexOf(cp) >= 0;
            out.appendCodePoint(forbidden ? '_' : cp);
        });
        String safe = out.toString();
        while (safe.endsWith(".") || safe.endsWith(" ")) {
            safe = safe.substring(0, safe.length() - 1);
        }
        if (safe.isEmpty()) {
            safe = "_";
        }
        String base = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
        if (RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
            safe = "_" + safe;
        }
        return safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe;
    }
}
