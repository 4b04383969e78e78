package org.qiyouxiang.app.core.progress;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Status;

/**
 * What the progress table shows of a quarter's rows. Every criterion left null (or false) lets all rows
 * through; the criteria set must all hold.
 *
 * @param area        an area's name (幼有善育)
 * @param kind        重点指标, 重点任务 or 民生实事
 * @param leadUnit    a unit's name as stored (县卫健局); an item matches when any of its lines has it
 * @param person      a responsible person's name
 * @param status      the status shown (the clerk's, else the proposal's)
 * @param onlyLagging only rows shown as 滞后
 * @param notReported only rows with a plan and nothing reported for the quarter, whether or not it has
 *                    ended: the clerk chases these during the quarter as well as after it
 * @param itemIds     only these items (a search's result); null for all
 */
public record ItemFilter(String area, ItemKind kind, String leadUnit, String person, Status status,
                         boolean onlyLagging, boolean notReported, Set<Long> itemIds) implements Predicate<QuarterRow> {

    public static final ItemFilter ALL = new ItemFilter(null, null, null, null, null, false, false, null);

    public ItemFilter {
        itemIds = itemIds == null ? null : Set.copyOf(itemIds);
    }

    /**
     * How many rows show each status, and how many are flagged. The rows without a status are either 未报送 (the
     * quarter is over and nothing came, as 总览 and the report count them) or 待判断; so the statuses, 未报送 and
     * 待判断 add up to the rows. The flags count across them: a status without 完成情况 ({@code missingText}),
     * and 有风险.
     */
    public record Counts(int total, Map<Status, Integer> byStatus, int notReported, int undecided, int missingText,
                         int atRisk) {

        public Counts {
            byStatus = Map.copyOf(byStatus);
        }

        public int of(Status status) {
            return byStatus.getOrDefault(status, 0);
        }
    }

    @Override
    public boolean test(QuarterRow row) {
        return (area == null || area.equals(row.item().area()))
                && (kind == null || kind == row.item().kind())
                && (leadUnit == null || row.units().contains(leadUnit))
                && (person == null || row.persons().contains(person))
                && (status == null || status == row.status())
                && (!onlyLagging || row.status() == Status.LAGGING)
                && (!notReported || (row.planned() && !row.reported()))
                && (itemIds == null || itemIds.contains(row.itemId()));
    }

    public List<QuarterRow> apply(List<QuarterRow> rows) {
        return rows.stream().filter(this).toList();
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public static Counts count(List<QuarterRow> rows) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        int notReported = 0;
        int undecided = 0;
        int missingText = 0;
        int atRisk = 0;
        for (QuarterRow row : rows) {
            Status s = row.status();
            if (s == null && row.notReported()) {
                notReported++;
            } else if (s == null) {
                undecided++;
            } else {
                byStatus.merge(s, 1, Integer::sum);
                missingText += row.missingText() ? 1 : 0;
            }
            atRisk += row.atRisk() ? 1 : 0;
        }
        return new Counts(rows.size(), byStatus, notReported, undecided, missingText, atRisk);
    }

    public ItemFilter withArea(String value) {
        return new ItemFilter(value, kind, leadUnit, person, status, onlyLagging, notReported, itemIds);
    }

    public ItemFilter withKind(ItemKind value) {
        return new ItemFilter(area, value, leadUnit, person, status, onlyLagging, notReported, itemIds);
    }

    public ItemFilter withLeadUnit(String value) {
        return new ItemFilter(area, kind, value, person, status, onlyLagging, notReported, itemIds);
    }

    public ItemFilter withPerson(String value) {
        return new ItemFilter(area, kind, leadUnit, value, status, onlyLagging, notReported, itemIds);
    }

    public ItemFilter withStatus(Status value) {
        return new ItemFilter(area, kind, leadUnit, person, value, onlyLagging, notReported, itemIds);
    }

    public ItemFilter withOnlyLagging(boolean value) {
        return new ItemFilter(area, kind, leadUnit, person, status, value, notReported, itemIds);
    }

    public ItemFilter withNotReported(boolean value) {
        return new ItemFilter(area, kind, leadUnit, person, status, onlyLagging, value, itemIds);
    }

    public ItemFilter withItemIds(Set<Long> value) {
        return new ItemFilter(area, kind, leadUnit, person, status, onlyLagging, notReported, value);
    }
}
