package org.qiyouxiang.app.core.indicators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qiyouxiang.app.core.worklist.SourceCell;

/**
 * A data row of an indicator table as the reader saw it, before it is known to be an indicator,
 * a heading or nothing.
 *
 * @param row      1-based row
 * @param area     the area cell (a merged cell reads its region's text)
 * @param number   the 序号 cell
 * @param name     the name cell
 * @param values   the cell of every year column (a key-indicator table's value column under its year)
 * @param leadUnit the lead-unit cell
 * @param loneText the row's only text when it has just one (a heading 一、幼有善育, a note, a title), else null
 */
public record IndicatorSourceRow(int row, SourceCell area, String number, String name, Map<Integer, String> values,
                                 String leadUnit, String loneText) {

    public IndicatorSourceRow {
        area = area == null ? SourceCell.EMPTY : area;
        number = number == null ? "" : number;
        name = name == null ? "" : name;
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        leadUnit = leadUnit == null ? "" : leadUnit;
    }

    boolean hasValues() {
        return values.values().stream().anyMatch(v -> !v.isBlank());
    }
}
