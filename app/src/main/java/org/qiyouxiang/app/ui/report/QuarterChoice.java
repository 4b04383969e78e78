package org.qiyouxiang.app.ui.report;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.db.model.Quarter;

/** The year and quarter a report, a set of forms or the return tracker is for. */
public record QuarterChoice(int year, int quarter) {

    public QuarterChoice {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /**
     * What the dialogs offer first: the year the clerk is looking at (else the newest stored) and, in the
     * current calendar year, the current quarter; a past year's report is its fourth quarter, a future
     * year's its first.
     */
    public static QuarterChoice suggested(OptionalInt lookedAt, List<Integer> stored, LocalDate today) {
        int year = lookedAt.orElse(stored.isEmpty() ? today.getYear() : stored.get(stored.size() - 1));
        Quarter now = Quarter.of(today);
        int quarter = year == now.year() ? now.quarter() : year < now.year() ? 4 : 1;
        return new QuarterChoice(year, quarter);
    }

    /** 2024年一季度 */
    public String label() {
        return Messages.get("report.choice.label", year, Quarters.label(quarter));
    }
}
