package org.qiyouxiang.app.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.qiyouxiang.db.model.Quarter;

/** Which year and quarter the dashboard opens on, given the years that have a work list. */
final class DashboardPeriod {

    private DashboardPeriod() {
    }

    /**
     * Today's quarter when its year has a list. Otherwise the quarter is clamped to the data: a year
     * before today is over, so its last quarter (the clerk of 2026 with only the 2024 sample sees 2024's
     * fourth quarter); with nothing before today, the first quarter of the first year.
     *
     * @param years the years with a work list, oldest first, not empty
     */
    static Quarter defaultFor(List<Integer> years, LocalDate today) {
        Quarter now = Quarter.of(today);
        if (years.contains(now.year())) {
            return now;
        }
        return years.stream().filter(y -> y < now.year()).reduce((a, b) -> b)
                .map(y -> new Quarter(y, 4))
                .orElse(new Quarter(years.get(0), 1));
    }

    /** The quarter asked for when its year is there, else the default. */
    static Quarter choose(List<Integer> years, Integer year, int quarter, LocalDate today) {
        if (year != null && years.contains(year) && quarter >= 1 && quarter <= 4) {
            return new Quarter(year, quarter);
        }
        return defaultFor(years, today);
    }
}
