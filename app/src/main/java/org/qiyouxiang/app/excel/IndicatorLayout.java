package org.qiyouxiang.app.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.excel.WorkListLayout.Cell;
import org.qiyouxiang.app.excel.WorkListLayout.Region;

/**
 * Where every text of the indicator export goes: title, one header row (领域, 序号, 指标, the baseline
 * year, the target years, then the chosen year's actual, its quarter, the verdict and the reason), one
 * row per indicator with the area merged down over its indicators. Worked out without POI.
 */
final class IndicatorLayout {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_BODY_ROW = 2;
    static final int AREA = 0;
    static final int NUMBER = 1;
    static final int NAME = 2;
    static final int BASELINE = 3;
    /** The actual columns after the years: actual, quarter, verdict, reason. */
    static final int ACTUAL_COLUMNS = 4;

    private final IndicatorSheet sheet;
    private final List<Cell> cells = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private int nextRow = FIRST_BODY_ROW;

    private IndicatorLayout(IndicatorSheet sheet) {
        this.sheet = sheet;
    }

    static IndicatorLayout of(IndicatorSheet sheet) {
        IndicatorLayout layout = new IndicatorLayout(sheet);
        layout.layOutTitleAndHeader();
        layout.layOutBody();
        return layout;
    }

    int columnCount() {
        return firstActualColumn() + ACTUAL_COLUMNS;
    }

    int firstActualColumn() {
        return BASELINE + 1 + sheet.targetYears().size();
    }

    List<Cell> cells() {
        return List.copyOf(cells);
    }

    List<Region> regions() {
        return List.copyOf(regions);
    }

    int rowCount() {
        return nextRow;
    }

    /** True for the columns holding short centred texts: area, number, the years, quarter and verdict. */
    boolean isCentred(int column) {
        return column != NAME && column != firstActualColumn() + 3;
    }

    private void layOutTitleAndHeader() {
        put(TITLE_ROW, AREA, sheet.title());
        regions.add(new Region(TITLE_ROW, TITLE_ROW, AREA, columnCount() - 1));
        put(HEADER_ROW, AREA, Messages.get("indicators.header.area"));
        put(HEADER_ROW, NUMBER, Messages.get("indicators.header.number"));
        put(HEADER_ROW, NAME, Messages.get("indicators.header.name"));
        put(HEADER_ROW, BASELINE, Messages.get("indicators.header.year", sheet.baselineYear()));
        for (int i = 0; i < sheet.targetYears().size(); i++) {
            put(HEADER_ROW, BASELINE + 1 + i, Messages.get("indicators.header.year", sheet.targetYears().get(i)));
        }
        int actual = firstActualColumn();
        put(HEADER_ROW, actual, Messages.get("indicators.header.actual", sheet.actualYear()));
        put(HEADER_ROW, actual + 1, Messages.get("indicators.header.quarter"));
        put(HEADER_ROW, actual + 2, Messages.get("indicators.header.verdict"));
        put(HEADER_ROW, actual + 3, Messages.get("indicators.header.reason"));
    }

    private void layOutBody() {
        int areaStart = nextRow;
        String area = null;
        for (IndicatorSheet.Row row : sheet.rows()) {
            int r = nextRow++;
            if (r == FIRST_BODY_ROW || !Objects.equals(area, row.area())) {
                mergeDown(AREA, areaStart, r - 1);
                areaStart = r;
                area = row.area();
                put(r, AREA, area);
            }
            put(r, NUMBER, row.number());
            put(r, NAME, row.nameWithMark());
            put(r, BASELINE, row.baseline());
            for (int i = 0; i < sheet.targetYears().size(); i++) {
                put(r, BASELINE + 1 + i, row.targets().get(sheet.targetYears().get(i)));
            }
            int actual = firstActualColumn();
            put(r, actual, row.actual());
            put(r, actual + 1, row.quarter());
            put(r, actual + 2, row.verdict());
            put(r, actual + 3, row.reason());
        }
        mergeDown(AREA, areaStart, nextRow - 1);
    }

    private void put(int row, int column, String text) {
        if (text != null && !text.isEmpty()) {
            cells.add(new Cell(row, column, text));
        }
    }

    private void mergeDown(int column, int firstRow, int lastRow) {
        if (lastRow > firstRow) {
            regions.add(new Region(firstRow, lastRow, column, column));
        }
    }
}
