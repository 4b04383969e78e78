package org.qiyouxiang.app.core.gantt;

import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkItem;

/** What the chart's tooltips say, in the clerk's words. */
public final class GanttTexts {

    private GanttTexts() {
    }

    /** Hovering a quarter of an item's line: the milestone, the quarter's status, what was done, problems. */
    public static String quarter(GanttRow.Line row, GanttBar bar, Quarter quarter) {
        List<String> lines = new ArrayList<>();
        lines.add(title(row.item().item()));
        if (bar != null) {
            String span = bar.milestone().spans()
                    ? Messages.get("item.span", Quarters.label(bar.from().quarter()),
                            Quarters.label(bar.to().quarter()))
                    : Quarters.label(bar.from().quarter());
            lines.add(Messages.get("gantt.tip.milestone", span, bar.milestone().text().strip()));
        }
        QuarterFacts facts = bar != null ? bar.facts(quarter) : null;
        Status status = facts != null ? facts.status() : row.item().status(quarter.quarter());
        String shown = facts != null && facts.unreported() ? Messages.get("gantt.unreported") : status(status);
        lines.add(Messages.get("gantt.tip.status", quarter.year(), Quarters.label(quarter.quarter()), shown));
        if (bar != null) {
            lines.add(facts.done() == null ? Messages.get("gantt.tip.notReported")
                    : Messages.get("gantt.tip.done", facts.done()));
            if (facts.problems() != null) {
                lines.add(Messages.get("gantt.tip.problems", facts.problems()));
            }
        }
        lines.add(Messages.get("gantt.tip.open"));
        return String.join("\n", lines);
    }

    /** Hovering the left columns: the whole name, units and persons, and the year at a glance. */
    public static String item(GanttRow.Line row) {
        List<String> lines = new ArrayList<>();
        lines.add(title(row.item().item()));
        String own = row.line().line().ownName();
        if (!row.isFirst() && own != null) {
            lines.add(own);
        }
        lines.add(Messages.get("gantt.tip.units", row.line().unitsText()));
        String persons = String.join("、", row.line().line().persons());
        if (!persons.isEmpty()) {
            lines.add(Messages.get("gantt.tip.persons", persons));
        }
        List<String> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(Quarters.label(q) + " " + status(row.item().status(q)));
        }
        lines.add(Messages.get("gantt.tip.year", row.item().year(), String.join("，", quarters)));
        return String.join("\n", lines);
    }

    public static String status(Status status) {
        return Messages.get("status." + status.name());
    }

    private static String title(WorkItem item) {
        return item.number() == null || item.number().isBlank() ? item.name() : item.number() + "  " + item.name();
    }
}
