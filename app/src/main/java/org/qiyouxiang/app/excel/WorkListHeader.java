package org.qiyouxiang.app.excel;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.qiyouxiang.app.core.worklist.WorkListColumn;

/**
 * Where a work-list table's header is in a sheet and what each column holds. The header is found
 * by its words wherever it is in the first rows (title lines above it are normal), in one row or in
 * two (工作时序 over 一季度 … 四季度).
 *
 * @param row            0-based row of the header (its first row when it has two)
 * @param dataStart      0-based first row after the header
 * @param columns        0-based column of each role, the first one where a role occurs twice
 * @param quarterColumns 0-based column to quarter, in column order
 */
record WorkListHeader(int row, int dataStart, Map<WorkListColumn, Integer> columns,
                      Map<Integer, Integer> quarterColumns) {

    static final int SEARCHED_ROWS = 30;
    private static final Set<WorkListColumn> NEIGHBOURS = Set.of(
            WorkListColumn.AREA, WorkListColumn.NUMBER, WorkListColumn.KIND, WorkListColumn.UNITS);

    /** What the search found: a header, a header without 名称 (its row), or nothing. */
    record Search(Optional<WorkListHeader> header, OptionalInt rowWithoutName, OptionalInt rowWithoutSchedule) {
    }

    static Search find(SheetView sheet) {
        OptionalInt withoutName = OptionalInt.empty();
        OptionalInt withoutSchedule = OptionalInt.empty();
        int last = Math.min(sheet.lastRow(), SEARCHED_ROWS);
        for (int r = 0; r <= last; r++) {
            Map<WorkListColumn, Integer> roles = roles(sheet, r);
            Map<Integer, Integer> quarters = quarters(sheet, r);
            boolean twoRows = false;
            if (quarters.isEmpty() && roles.containsKey(WorkListColumn.SCHEDULE)) {
                quarters = quarters(sheet, r + 1);
                twoRows = !quarters.isEmpty();
            }
            boolean schedule = !quarters.isEmpty() || roles.containsKey(WorkListColumn.SCHEDULE);
            boolean neighbours = roles.keySet().stream().anyMatch(NEIGHBOURS::contains);
            if (roles.containsKey(WorkListColumn.NAME) && neighbours && schedule) {
                return new Search(Optional.of(new WorkListHeader(r, r + (twoRows ? 2 : 1), roles, quarters)),
                        OptionalInt.empty(), OptionalInt.empty());
            }
            if (!roles.containsKey(WorkListColumn.NAME) && neighbours && schedule && withoutName.isEmpty()) {
                withoutName = OptionalInt.of(r);
            }
            if (roles.containsKey(WorkListColumn.NAME) && neighbours && !schedule && roles.size() >= 3
                    && withoutSchedule.isEmpty()) {
                withoutSchedule = OptionalInt.of(r);
            }
        }
        return new Search(Optional.empty(), withoutName, withoutSchedule);
    }

    /** True when a data row repeats the header (a page break in the source document). */
    boolean isRepeatedHeader(SheetView sheet, int r) {
        Map<WorkListColumn, Integer> roles = roles(sheet, r);
        return (roles.containsKey(WorkListColumn.NAME) && roles.size() >= 3) || quarters(sheet, r).size() >= 2;
    }

    Optional<Integer> column(WorkListColumn role) {
        return Optional.ofNullable(columns.get(role));
    }

    /** The single column holding the whole year's schedule, when the table has no quarter columns. */
    Optional<Integer> scheduleColumn() {
        return quarterColumns.isEmpty() ? column(WorkListColumn.SCHEDULE) : Optional.empty();
    }

    private static Map<WorkListColumn, Integer> roles(SheetView sheet, int r) {
        Map<WorkListColumn, Integer> roles = new EnumMap<>(WorkListColumn.class);
        Integer category = null;
        Integer kind = null;
        for (int c = 0; c <= sheet.lastColumn(r); c++) {
            if (sheet.continuesLeft(r, c)) {
                continue;
            }
            final int column = c;
            Optional<WorkListColumn> role = WorkListColumn.recognise(sheet.text(r, c))
                    .filter(found -> found != WorkListColumn.QUARTER);
            role.ifPresent(found -> roles.putIfAbsent(found, column));
            if (role.isPresent() && role.get() == WorkListColumn.KIND) {
                if (WorkListColumn.isCategory(sheet.text(r, c))) {
                    category = category == null ? column : category;
                } else {
                    kind = kind == null ? column : kind;
                }
            }
        }
        // 类别 (or 分类) beside a 类型 column, and no area column: the category is the area.
        if (category != null && kind != null && !roles.containsKey(WorkListColumn.AREA)) {
            roles.put(WorkListColumn.AREA, category);
            roles.put(WorkListColumn.KIND, kind);
        }
        return roles;
    }

    private static Map<Integer, Integer> quarters(SheetView sheet, int r) {
        Map<Integer, Integer> quarters = new LinkedHashMap<>();
        if (r > sheet.lastRow()) {
            return quarters;
        }
        for (int c = 0; c <= sheet.lastColumn(r); c++) {
            OptionalInt q = WorkListColumn.quarterOf(sheet.text(r, c));
            if (q.isPresent() && !quarters.containsValue(q.getAsInt()) && !sheet.continuesLeft(r, c)) {
                quarters.put(c, q.getAsInt());
            }
        }
        return quarters;
    }
}
