package org.qiyouxiang.app.core.gantt;

import java.util.List;
import java.util.Optional;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Quarter;

/** One row of an item on the chart: line 0 is the item's own, the others its continuation lines. */
public record GanttLine(int index, ItemLine line, List<GanttBar> bars) {

    public GanttLine {
        bars = List.copyOf(bars);
    }

    public boolean isContinuation() {
        return index > 0;
    }

    public Optional<GanttBar> barAt(Quarter quarter) {
        for (GanttBar bar : bars) {
            if (bar.covers(quarter)) {
                return Optional.of(bar);
            }
        }
        return Optional.empty();
    }

    /** The lead units as the list writes them, joined with 、. */
    public String unitsText() {
        return String.join("、", line.units());
    }
}
