package org.qiyouxiang.app.excel;

import org.qiyouxiang.app.core.DocumentTitles;

/** Tells an indicator table (指标 with year or 目标值 columns) from a work list, to say so when one is chosen wrongly. */
final class IndicatorTableHint {

    private IndicatorTableHint() {
    }

    static boolean looksLikeIndicators(SheetView view) {
        int last = Math.min(view.lastRow(), WorkListHeader.SEARCHED_ROWS);
        for (int r = 0; r <= last; r++) {
            boolean indicator = false;
            int years = 0;
            boolean values = false;
            for (int c = 0; c <= view.lastColumn(r); c++) {
                String t = view.text(r, c).replaceAll("\\s+", "");
                indicator |= t.equals("指标") || t.equals("指标名称");
                values |= t.equals("完成值") || t.equals("目标值");
                if (t.matches("20\\d\\d年?") && DocumentTitles.year(t).isPresent()) {
                    years++;
                }
            }
            if (indicator && (years >= 2 || values)) {
                return true;
            }
        }
        return false;
    }
}
