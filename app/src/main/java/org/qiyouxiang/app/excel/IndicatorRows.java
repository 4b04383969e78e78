package org.qiyouxiang.app.excel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.qiyouxiang.app.core.indicators.IndicatorColumn;
import org.qiyouxiang.app.core.indicators.IndicatorSourceRow;
import org.qiyouxiang.app.core.worklist.SourceCell;
import org.qiyouxiang.db.model.TargetSource;

/** Reads one data row of an indicator table into the cells the assembler needs. */
final class IndicatorRows {

    private IndicatorRows() {
    }

    /** @param year the year of a key-indicator table, under which its value column is given; null otherwise */
    static IndicatorSourceRow row(SheetView view, IndicatorHeader header, Integer year, int r) {
        Map<Integer, String> values = new LinkedHashMap<>();
        if (header.kind() == TargetSource.KEY) {
            values.put(year, view.text(r, header.valueColumn()));
        } else {
            header.yearColumns().forEach((column, y) -> values.put(y, view.text(r, column)));
        }
        SourceCell area = header.column(IndicatorColumn.AREA)
                .map(c -> new SourceCell(view.text(r, c), view.continuesAbove(r, c)))
                .orElse(SourceCell.EMPTY);
        return new IndicatorSourceRow(r + 1, area, text(view, header, IndicatorColumn.NUMBER, r),
                text(view, header, IndicatorColumn.NAME, r), values,
                text(view, header, IndicatorColumn.LEAD_UNIT, r), loneText(view, header, r));
    }

    private static String text(SheetView view, IndicatorHeader header, IndicatorColumn role, int r) {
        return header.column(role).map(c -> view.text(r, c)).orElse("");
    }

    /**
     * The row's only text of its own (not continuing a merge from above or the left), when it has just
     * one and it is not an indicator's name: a heading 一、幼有善育, a note, a title repeated after a page
     * break. A name merged across the table is such a text too.
     */
    private static String loneText(SheetView view, IndicatorHeader header, int r) {
        String found = null;
        int foundColumn = -1;
        for (int c = 0; c <= view.lastColumn(r); c++) {
            if (view.continuesAbove(r, c) || view.continuesLeft(r, c) || view.text(r, c).isEmpty()) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = view.text(r, c);
            foundColumn = c;
        }
        if (found == null) {
            return null;
        }
        CellRangeAddress region = view.region(r, foundColumn);
        if (region != null && region.getLastColumn() > region.getFirstColumn()) {
            // Merged across columns: a heading or a title, whatever column it starts in.
            return found;
        }
        boolean valueOrNumber = foundColumn == header.valueColumn() || header.yearColumns().containsKey(foundColumn)
                || header.column(IndicatorColumn.NUMBER).orElse(-1) == foundColumn;
        boolean name = header.columns().get(IndicatorColumn.NAME) == foundColumn;
        return valueOrNumber || name ? null : found;
    }
}
