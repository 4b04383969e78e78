package org.qiyouxiang.app.core.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qiyouxiang.db.model.TargetSource;

/**
 * An indicator table as read from a file: the five-year table (领域, 序号, 指标, 2022年 … 2027年, the
 * first year the baseline) or a year's key-indicator table (领域, 序号, 指标, 完成值, 牵头单位).
 *
 * @param kind         which of the two
 * @param title        the title above the header, or null
 * @param sourceFile   the file's name
 * @param county       the county the title or file name names (嵊泗县), or null
 * @param year         the year of a key-indicator table; null for a five-year table
 * @param baselineYear the first year column of a five-year table; null for a key-indicator table
 * @param targetYears  the years that have a target column, in order
 * @param entries      the indicators in the table's order
 */
public record IndicatorTable(TargetSource kind, String title, String sourceFile, String county, Integer year,
                             Integer baselineYear, List<Integer> targetYears, List<IndicatorEntry> entries) {

    public IndicatorTable {
        Objects.requireNonNull(kind, "kind");
        targetYears = List.copyOf(targetYears);
        entries = List.copyOf(entries);
    }

    /** Areas in the order they first appear; indicators without an area are left out. */
    public List<String> areas() {
        return entries.stream().map(IndicatorEntry::area).filter(Objects::nonNull).distinct().toList();
    }

    /** Indicators per area, in the table's order; those without an area under "". */
    public Map<String, Integer> countsByArea() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        entries.forEach(e -> counts.merge(e.area() == null ? "" : e.area(), 1, Integer::sum));
        return counts;
    }
}
