package org.qiyouxiang.app.core.report;

import java.util.List;

/**
 * Part 3: counts by area (adding up to the whole list) and the ranking of the lead units (晾晒), with
 * each unit's move since last quarter when last quarter's report could be made.
 *
 * @param previousAvailable whether last quarter had stored progress to rank against
 */
public record Summary(List<AreaCounts> areas, StatusCounts total, List<UnitRank> units, boolean previousAvailable) {

    public Summary {
        areas = List.copyOf(areas);
        units = List.copyOf(units);
    }

    public record AreaCounts(String area, StatusCounts counts) {
    }

    /**
     * A lead unit's counts over the items it leads (an item of two units counts for both) and its rank.
     *
     * @param previousRank last quarter's rank, null when unknown (no data, or the unit had no items)
     */
    public record UnitRank(String unit, StatusCounts counts, int rank, Integer previousRank) {

        /** Places gained since last quarter (negative: lost), null when unknown. */
        public Integer rankChange() {
            return previousRank == null ? null : previousRank - rank;
        }
    }
}
