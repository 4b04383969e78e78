package org.qiyouxiang.app.core.gantt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.qiyouxiang.db.model.WorkItem;

/**
 * The rows the chart shows, top to bottom, with the y of each: a collapsed group keeps its heading and
 * hides what is below it (an area hides its kinds too). Finding the row at a y is a binary search, so
 * scrolling through ten thousand rows costs the same as through ten.
 */
public final class RowLayout {

    public static final RowLayout EMPTY = new RowLayout(List.of(), new double[] {0}, new boolean[0]);

    private final List<GanttRow> rows;
    /** {@code top[i]} is row i's top; {@code top[size]} the total height. */
    private final double[] top;
    private final boolean[] odd;

    private RowLayout(List<GanttRow> rows, double[] top, boolean[] odd) {
        this.rows = rows;
        this.top = top;
        this.odd = odd;
    }

    public static RowLayout of(List<GanttRow> all, Set<GroupKey> collapsed, ToDoubleFunction<GanttRow> height) {
        List<GanttRow> shown = new ArrayList<>(all.size());
        GroupKey hiddenBelow = null;
        for (GanttRow row : all) {
            if (row instanceof GanttRow.Group group) {
                if (hiddenBelow != null && hiddenBelow.isArea() && hiddenBelow.area().equals(group.key().area())
                        && !group.key().isArea()) {
                    continue;
                }
                hiddenBelow = collapsed.contains(group.key()) ? group.key() : null;
                shown.add(row);
            } else if (hiddenBelow == null) {
                shown.add(row);
            }
        }
        double[] top = new double[shown.size() + 1];
        boolean[] odd = new boolean[shown.size()];
        int ordinal = -1;
        for (int i = 0; i < shown.size(); i++) {
            GanttRow row = shown.get(i);
            top[i + 1] = top[i] + height.applyAsDouble(row);
            if (row instanceof GanttRow.Group) {
                ordinal = -1;
            } else if (((GanttRow.Line) row).isFirst()) {
                ordinal++;
            }
            odd[i] = ordinal % 2 == 1;
        }
        return new RowLayout(List.copyOf(shown), top, odd);
    }

    public int size() {
        return rows.size();
    }

    public GanttRow row(int index) {
        return rows.get(index);
    }

    public List<GanttRow> rows() {
        return rows;
    }

    /** Whether a row belongs to an odd item of its group (items alternate backgrounds; lines follow their item). */
    public boolean odd(int index) {
        return odd[index];
    }

    /** Whether the row after this one starts another item or group, so that a line separates them. */
    public boolean endsItem(int index) {
        return index + 1 >= rows.size() || !(rows.get(index + 1) instanceof GanttRow.Line next) || next.isFirst();
    }

    public double top(int index) {
        return top[index];
    }

    public double height(int index) {
        return top[index + 1] - top[index];
    }

    public double bottom(int index) {
        return top[index + 1];
    }

    public double totalHeight() {
        return top[rows.size()];
    }

    /** Every row's height, top to bottom. */
    public double[] heights() {
        double[] heights = new double[rows.size()];
        Arrays.setAll(heights, this::height);
        return heights;
    }

    /** The row at a y, or -1 above the first and below the last. */
    public int indexAt(double y) {
        if (y < 0 || y >= totalHeight() || rows.isEmpty()) {
            return -1;
        }
        int found = Arrays.binarySearch(top, 0, rows.size() + 1, y);
        int index = found >= 0 ? found : -found - 2;
        // Zero-height rows share a top: the row at y is the last one starting there.
        while (index + 1 < rows.size() && top[index + 1] <= y) {
            index++;
        }
        return index;
    }

    /** The row of an item's first line (the same item, not an equal one), or -1 if it is not shown. */
    public int indexOf(WorkItem item) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof GanttRow.Line line && line.item().item() == item) {
                return i;
            }
        }
        return -1;
    }
}
