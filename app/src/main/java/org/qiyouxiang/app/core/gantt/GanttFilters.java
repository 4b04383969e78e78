package org.qiyouxiang.app.core.gantt;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkItem;

/** The questions the shared filters ask of an item on the chart; combine them with {@link Predicate#and}. */
public final class GanttFilters {

    private GanttFilters() {
    }

    public static Predicate<GanttItem> all() {
        return item -> true;
    }

    public static Predicate<GanttItem> area(String area) {
        return item -> item.item().area().equals(area);
    }

    public static Predicate<GanttItem> kind(ItemKind kind) {
        return item -> item.item().kind() == kind;
    }

    /** Items one of whose lines this unit leads. */
    public static Predicate<GanttItem> unit(String unit) {
        return item -> item.item().units().contains(unit);
    }

    /** Items with this status in any quarter of their year. */
    public static Predicate<GanttItem> status(Status status) {
        return item -> item.has(status);
    }

    /** Items with this status in one quarter (1–4). */
    public static Predicate<GanttItem> status(Status status, int quarter) {
        return item -> item.status(quarter) == status;
    }

    public static Predicate<GanttItem> lagging() {
        return GanttItem::lagging;
    }

    /**
     * Items whose number, name, area, units, persons or milestones contain every word of the text
     * (words split at white space, letters compared without case). A blank text matches all.
     */
    public static Predicate<GanttItem> search(String text) {
        if (text == null || text.isBlank()) {
            return all();
        }
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return item -> {
            String haystack = searchable(item.item());
            return Arrays.stream(words).allMatch(haystack::contains);
        };
    }

    private static String searchable(WorkItem item) {
        StringBuilder all = new StringBuilder(256);
        append(all, item.number());
        append(all, item.name());
        append(all, item.area());
        for (ItemLine line : item.lines()) {
            append(all, line.ownName());
            append(all, line.unitsText());
            append(all, line.personsText());
            line.units().forEach(u -> append(all, u));
            for (Milestone milestone : line.milestones()) {
                append(all, milestone.text());
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static void append(StringBuilder all, String text) {
        if (text != null) {
            all.append(text).append('\n');
        }
    }
}
