package org.qiyouxiang.app.core.gantt;

import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * Builds the chart's items from a year's work list and what is known of each quarter. A quarter
 * nobody judged is 未开始 where a milestone plans work and 无计划 where every line says "/" (or
 * nothing). Items without an id (an import preview) have no facts.
 */
public final class GanttItems {

    private GanttItems() {
    }

    public static List<GanttItem> of(WorkList list, QuarterFactsSource source) {
        List<GanttItem> items = new ArrayList<>(list.items().size());
        for (WorkItem item : list.items()) {
            items.add(of(item, list.year(), source));
        }
        return items;
    }

    public static GanttItem of(WorkItem item, int year, QuarterFactsSource source) {
        QuarterFacts[] facts = new QuarterFacts[4];
        Status[] statuses = new Status[4];
        boolean[] planned = planned(item);
        for (int q = 1; q <= 4; q++) {
            QuarterFacts known = item.id() == null ? QuarterFacts.NONE : source.facts(item.id(), q);
            if (known == null) {
                known = QuarterFacts.NONE;
            }
            Status status = known.status() != null ? known.status() : planned[q] ? Status.NOT_DUE : Status.NO_PLAN;
            statuses[q - 1] = status;
            facts[q - 1] = known.withStatus(status);
        }
        List<GanttLine> lines = new ArrayList<>(item.lines().size());
        for (int i = 0; i < item.lines().size(); i++) {
            lines.add(new GanttLine(i, item.lines().get(i), bars(item.lines().get(i), year, facts)));
        }
        return new GanttItem(item, year, lines, List.of(statuses));
    }

    /** {@code planned[q]}: some line plans work in quarter q (1–4). */
    private static boolean[] planned(WorkItem item) {
        boolean[] planned = new boolean[5];
        for (ItemLine line : item.lines()) {
            for (Milestone milestone : line.milestones()) {
                if (!milestone.noPlan()) {
                    for (int q = milestone.fromQuarter(); q <= milestone.toQuarter(); q++) {
                        planned[q] = true;
                    }
                }
            }
        }
        return planned;
    }

    private static List<GanttBar> bars(ItemLine line, int year, QuarterFacts[] facts) {
        List<GanttBar> bars = new ArrayList<>(line.milestones().size());
        for (Milestone milestone : line.milestones()) {
            if (milestone.noPlan()) {
                continue;
            }
            List<QuarterFacts> covered = new ArrayList<>(4);
            for (int q = milestone.fromQuarter(); q <= milestone.toQuarter(); q++) {
                covered.add(facts[q - 1]);
            }
            bars.add(new GanttBar(milestone, Quarter.of(year, milestone.fromQuarter()),
                    Quarter.of(year, milestone.toQuarter()), covered));
        }
        return bars;
    }
}
