package org.qiyouxiang.app.excel;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.qiyouxiang.app.core.indicators.IndicatorColumn;
import org.qiyouxiang.db.model.TargetSource;

/**
 * Where an indicator table's header is in a sheet and what each column holds. Found by its words in
 * the first rows, title lines above it being normal: 指标 with two or more year columns is a five-year
 * table; 指标 with a value column (完成值, 目标值) or a single year column is a key-indicator table.
 *
 * @param row         0-based header row
 * @param dataStart   0-based first row after the header
 * @param kind        the table's kind
 * @param columns     0-based column of each role, the first one where a role occurs twice
 * @param yearColumns 0-based column to year, in column order (a five-year table's; one at most for key tables)
 * @param valueColumn 0-based column of a key-indicator table's values
 */
record IndicatorHeader(int row, int dataStart, TargetSource kind, Map<IndicatorColumn, Integer> columns,
                       Map<Integer, Integer> yearColumns, int valueColumn) {

    /** What the search found: a header, or the row of a header that lacks the 指标 column. */
    record Search(Optional<IndicatorHeader> header, OptionalInt rowWithoutName) {
    }

    static Search find(SheetView sheet) {
        OptionalInt withoutName = OptionalInt.empty();
        int last = Math.min(sheet.lastRow(), WorkListHeader.SEARCHED_ROWS);
        for (int r = 0; r <= last; r++) {
            Map<IndicatorColumn, Integer> roles = roles(sheet, r);
            Map<Integer, Integer> years = years(sheet, r);
            int dataStart = r + 1;
            if (roles.containsKey(IndicatorColumn.NAME) && years.isEmpty() && !roles.containsKey(IndicatorColumn.VALUE)
                    && years(sheet, r + 1).size() >= 2) {
                // Two header rows: 目标值 over 2022年 … 2027年.
                years = years(sheet, r + 1);
                dataStart = r + 2;
            }
            Optional<TargetSource> kind = kindOf(roles, years);
            if (kind.isPresent() && roles.containsKey(IndicatorColumn.NAME)) {
                int value = kind.get() == TargetSource.KEY
                        ? roles.getOrDefault(IndicatorColumn.VALUE, years.keySet().stream().findFirst().orElse(-1))
                        : -1;
                Map<Integer, Integer> yearColumns = kind.get() == TargetSource.KEY && roles.containsKey(IndicatorColumn.VALUE)
                        ? Map.of() : years;
                return new Search(Optional.of(new IndicatorHeader(r, dataStart, kind.get(), roles, yearColumns, value)),
                        OptionalInt.empty());
            }
            boolean neighbours = roles.containsKey(IndicatorColumn.AREA) || roles.containsKey(IndicatorColumn.NUMBER);
            if (kind.isPresent() && neighbours && withoutName.isEmpty()) {
                withoutName = OptionalInt.of(r);
            }
        }
        return new Search(Optional.empty(), withoutName);
    }

    private static Optional<TargetSource> kindOf(Map<IndicatorColumn, Integer> roles, Map<Integer, Integer> years) {
        if (years.size() >= 2) {
            return Optional.of(TargetSource.FIVE_YEAR);
        }
        if (roles.containsKey(IndicatorColumn.VALUE) || years.size() == 1) {
            return Optional.of(TargetSource.KEY);
        }
        return Optional.empty();
    }

    /** The year a key-indicator table's header names (2024年目标值), if it names one. */
    OptionalInt headerYear() {
        return kind == TargetSource.KEY && yearColumns.size() == 1
                ? OptionalInt.of(yearColumns.values().iterator().next())
                : OptionalInt.empty();
    }

    /** The first year column of a five-year table: the baseline. */
    Integer baselineYear() {
        return kind == TargetSource.FIVE_YEAR ? yearColumns.values().iterator().next() : null;
    }

    Optional<Integer> column(IndicatorColumn role) {
        return Optional.ofNullable(columns.get(role));
    }

    /** True when a data row repeats the header (a page break in the source document). */
    boolean isRepeatedHeader(SheetView sheet, int r) {
        int name = columns.get(IndicatorColumn.NAME);
        boolean nameHeader = IndicatorColumn.recognise(sheet.text(r, name)).filter(IndicatorColumn.NAME::equals).isPresent();
        return nameHeader || (sheet.text(r, name).isEmpty() && years(sheet, r).size() >= 2);
    }

    private static Map<IndicatorColumn, Integer> roles(SheetView sheet, int r) {
        Map<IndicatorColumn, Integer> roles = new EnumMap<>(IndicatorColumn.class);
        for (int c = 0; c <= sheet.lastColumn(r); c++) {
            if (!sheet.continuesLeft(r, c)) {
                final int column = c;
                IndicatorColumn.recognise(sheet.text(r, c)).ifPresent(role -> roles.putIfAbsent(role, column));
            }
        }
        return roles;
    }

    private static Map<Integer, Integer> years(SheetView sheet, int r) {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        if (r > sheet.lastRow()) {
            return years;
        }
        for (int c = 0; c <= sheet.lastColumn(r); c++) {
            OptionalInt year = IndicatorColumn.yearOf(sheet.text(r, c));
            if (year.isPresent() && !sheet.continuesLeft(r, c)) {
                years.put(c, year.getAsInt());
            }
        }
        return years;
    }
}
