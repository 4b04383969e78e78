package org.qiyouxiang.app.core.gantt;

import java.util.List;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.Status;

/**
 * A milestone on the timeline: from its first to its last quarter, with the facts of each quarter it
 * covers (their statuses colour its segments). Milestones marked "/" get no bar.
 */
public record GanttBar(Milestone milestone, Quarter from, Quarter to, List<QuarterFacts> quarters) {

    public GanttBar {
        quarters = List.copyOf(quarters);
        if (quarters.size() != to.index() - from.index() + 1) {
            throw new IllegalArgumentException("one facts per quarter of " + from + ".." + to);
        }
        if (quarters.stream().anyMatch(f -> f.status() == null)) {
            throw new IllegalArgumentException("a bar's quarters carry a status");
        }
    }

    public boolean covers(Quarter quarter) {
        return quarter.compareTo(from) >= 0 && quarter.compareTo(to) <= 0;
    }

    /** The facts of a quarter the bar covers. */
    public QuarterFacts facts(Quarter quarter) {
        if (!covers(quarter)) {
            throw new IllegalArgumentException(quarter + " is outside " + from + ".." + to);
        }
        return quarters.get(quarter.index() - from.index());
    }

    public Status status(Quarter quarter) {
        return facts(quarter).status();
    }

    /** The quarter has ended and nothing was reported (未报送). */
    public boolean unreported(Quarter quarter) {
        return facts(quarter).unreported();
    }

    public boolean lagging() {
        return quarters.stream().anyMatch(f -> f.status() == Status.LAGGING);
    }
}
