package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.WorkItem;

/** A progress-table row as the report prints it: the status shown (the clerk's, else the rules'), never the raw column. */
public final class ReportItems {

    private static final String UNIT_SEPARATOR = "、";
    private static final String PERSON_SEPARATOR = " ";

    private ReportItems() {
    }

    public static List<ReportItem> of(List<QuarterRow> rows) {
        List<ReportItem> items = new ArrayList<>(rows.size());
        rows.forEach(r -> items.add(of(r)));
        return items;
    }

    public static ReportItem of(QuarterRow row) {
        WorkItem item = row.item();
        List<ReportItem.Line> lines = new ArrayList<>(item.lines().size());
        for (ItemLine line : item.lines()) {
            String milestone = line.milestoneFor(row.quarter()).map(Milestone::text).orElse(null);
            lines.add(new ReportItem.Line(line.ownName(), milestone, unitsText(line), personsText(line)));
        }
        QuarterProgress p = row.progress();
        return new ReportItem(item.id(), item.area(), ItemKinds.text(item), item.number(), item.name(), lines,
                row.milestone(), p.doneText(), row.status(), row.statusLabel(), row.tone(), row.notReported(),
                p.percent(), p.problems(), p.nextSteps(), row.units(), row.persons());
    }


    static String unitsText(ItemLine line) {
        return line.unitsText() != null ? line.unitsText() : String.join(UNIT_SEPARATOR, line.units());
    }

    static String personsText(ItemLine line) {
        return line.personsText() != null ? line.personsText() : String.join(PERSON_SEPARATOR, line.persons());
    }
}
