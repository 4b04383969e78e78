package org.qiyouxiang.app.core.indicators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One indicator row of an indicator table, texts exactly as written.
 *
 * @param sheet    the sheet it was read from, for messages
 * @param row      its 1-based row, for messages
 * @param area     the area (领域) it is under, or null when the table gives none
 * @param number   the 序号 as written, or null
 * @param name     the name cell read apart
 * @param baseline the baseline cell of a five-year table ("" when empty); null in a key-indicator table
 * @param targets  the target cell of each year, in the table's order ("" when empty)
 * @param leadUnit the lead unit (牵头单位) as written, or null
 */
public record IndicatorEntry(String sheet, int row, String area, String number, IndicatorName name,
                             String baseline, Map<Integer, String> targets, String leadUnit) {

    public IndicatorEntry {
        Objects.requireNonNull(name, "name");
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }
}
