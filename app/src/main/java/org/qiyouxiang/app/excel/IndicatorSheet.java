package org.qiyouxiang.app.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the indicator export prints: the five-year table as the documents lay it out, and for one year
 * the latest actual of every indicator with its judgement. Texts exactly as stored.
 *
 * @param title        the title above the table
 * @param baselineYear the baseline column's year (2022)
 * @param targetYears  the target columns' years (2023 … 2027)
 * @param actualYear   the year whose actuals and judgements follow the targets
 * @param rows         the indicators in the table's order
 */
public record IndicatorSheet(String title, int baselineYear, List<Integer> targetYears, int actualYear,
                             List<Row> rows) {

    public IndicatorSheet {
        Objects.requireNonNull(title, "title");
        targetYears = List.copyOf(targetYears);
        rows = List.copyOf(rows);
    }

    /**
     * One indicator.
     *
     * @param nameWithMark the name with its core mark: {@code *每千人口拥有3岁以下婴幼儿托位数(个)}
     * @param targets      year to target text; a year without one prints empty
     * @param quarter      the quarter of the latest actual (一季度 …), or "" when nothing was reported
     * @param actual       the latest actual as written, or ""
     * @param verdict      达标, 未达标 or 待判断
     * @param reason       why, in the judge's words
     */
    public record Row(String area, String number, String nameWithMark, String baseline, Map<Integer, String> targets,
                      String quarter, String actual, String verdict, String reason) {

        public Row {
            targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        }
    }
}
