package org.qiyouxiang.app.ui.indicators;

import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.YearTarget;
import org.qiyouxiang.db.model.TargetSource;

/**
 * Which table's cell a target typed into the indicator table is written to. The cell shows the target
 * that counts, so an edit goes where that target came from; a year without one goes to the table the
 * indicator belongs to: the five-year table unless only key-indicator tables name it.
 */
final class TargetSlots {

    private TargetSlots() {
    }

    static TargetSource sourceFor(IndicatorRow row, int year) {
        TargetSource shown = row.target(year).map(YearTarget::source).orElse(null);
        if (shown != null) {
            return shown;
        }
        boolean fiveYear = row.baseline() != null || row.targets().stream().anyMatch(t -> t.fiveYear() != null);
        boolean keyOnly = !fiveYear && row.targets().stream().anyMatch(t -> t.key() != null);
        return keyOnly ? TargetSource.KEY : TargetSource.FIVE_YEAR;
    }

    /** The cell of that table as stored: null when the table has no cell for the year. */
    static String stored(IndicatorRow row, int year, TargetSource source) {
        return row.target(year).map(t -> source == TargetSource.KEY ? t.key() : t.fiveYear()).orElse(null);
    }
}
