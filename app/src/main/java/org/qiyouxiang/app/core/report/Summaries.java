package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts items by area and by lead unit and ranks the units (晾晒): a higher completion rate first, then
 * fewer lagging items, then fewer items not reported; units equal on all three share a rank (1, 2, 2, 4).
 */
public final class Summaries {

    private static final Comparator<StatusCounts> BETTER_FIRST = Comparator
            .comparing(StatusCounts::completionRate).reversed()
            .thenComparingInt(StatusCounts::lagging)
            .thenComparingInt(StatusCounts::notReported);

    private Summaries() {
    }

    /**
     * @param previous last quarter's items, or null when last quarter has no stored progress
     */
    public static Summary of(List<ReportItem> items, List<ReportItem> previous) {
        Map<String, List<ReportItem>> byArea = new LinkedHashMap<>();
        items.forEach(i -> byArea.computeIfAbsent(i.area(), a -> new ArrayList<>()).add(i));
        List<Summary.AreaCounts> areas = new ArrayList<>();
        byArea.forEach((area, list) -> areas.add(new Summary.AreaCounts(area, StatusCounts.of(list))));
        Map<String, Integer> previousRanks = previous == null ? Map.of() : ranks(rank(previous, Map.of()));
        return new Summary(areas, StatusCounts.of(items), rank(items, previousRanks), previous != null);
    }

    /** The units' ranking over a quarter's items. */
    static List<Summary.UnitRank> rank(List<ReportItem> items, Map<String, Integer> previousRanks) {
        Map<String, List<ReportItem>> byUnit = new LinkedHashMap<>();
        for (ReportItem item : items) {
            item.units().forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(item));
        }
        List<Map.Entry<String, StatusCounts>> counted = new ArrayList<>();
        byUnit.forEach((unit, list) -> counted.add(Map.entry(unit, StatusCounts.of(list))));
        counted.sort(Map.Entry.comparingByValue(BETTER_FIRST));
        List<Summary.UnitRank> ranks = new ArrayList<>(counted.size());
        for (int i = 0; i < counted.size(); i++) {
            StatusCounts counts = counted.get(i).getValue();
            int rank = i > 0 && BETTER_FIRST.compare(counted.get(i - 1).getValue(), counts) == 0
                    ? ranks.get(i - 1).rank() : i + 1;
            String unit = counted.get(i).getKey();
            ranks.add(new Summary.UnitRank(unit, counts, rank, previousRanks.get(unit)));
        }
        return ranks;
    }

    private static Map<String, Integer> ranks(List<Summary.UnitRank> ranking) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        ranking.forEach(r -> ranks.put(r.unit(), r.rank()));
        return ranks;
    }
}
