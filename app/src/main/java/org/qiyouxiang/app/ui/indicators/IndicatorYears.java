package org.qiyouxiang.app.ui.indicators;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.IndicatorService;

/** Which programme year the indicator table opens on, and the table as read for a year. */
final class IndicatorYears {

    /** The programme's years, the year shown and its rows. */
    record Loaded(List<Integer> years, Integer year, List<IndicatorRow> rows) {
    }

    private IndicatorYears() {
    }

    /**
     * Reads the table for the year asked for, or, when none is asked for (or it is not a programme year),
     * for {@link #defaultYear}.
     */
    static Loaded read(IndicatorService indicators, Integer wanted, int thisYear) {
        List<Integer> years = indicators.years();
        if (years.isEmpty()) {
            return new Loaded(List.of(), null, List.of());
        }
        if (wanted != null && years.contains(wanted)) {
            return new Loaded(years, wanted, indicators.indicators(wanted));
        }
        Set<Integer> withActuals = new TreeSet<>();
        Set<Integer> withKeyTable = new TreeSet<>();
        for (int year : years) {
            List<IndicatorRow> rows = indicators.indicators(year);
            if (rows.stream().anyMatch(r -> r.latestActual() != null)) {
                withActuals.add(year);
            }
            if (rows.stream().anyMatch(IndicatorRow::keyIndicator)) {
                withKeyTable.add(year);
            }
        }
        int year = defaultYear(years, withActuals, withKeyTable, thisYear);
        return new Loaded(years, year, indicators.indicators(year));
    }

    /**
     * This year when it has data (a reported actual or its key-indicator table); else the latest year
     * with actuals; else the latest with a key-indicator table; else this year, or the programme year
     * nearest to it. The clerk of 2026 who has only loaded the 2024 sample sees 2024, not an empty column.
     */
    static int defaultYear(List<Integer> years, Set<Integer> withActuals, Set<Integer> withKeyTable, int thisYear) {
        if (withActuals.contains(thisYear) || withKeyTable.contains(thisYear)) {
            return thisYear;
        }
        Optional<Integer> latest = withActuals.stream().max(Integer::compare)
                .or(() -> withKeyTable.stream().max(Integer::compare));
        if (latest.isPresent()) {
            return latest.get();
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        return Math.max(first, Math.min(last, thisYear));
    }
}
