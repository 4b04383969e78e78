package org.qiyouxiang.app.core.gantt;

/** The rows a viewport shows at a scroll offset, first and last included; only these are drawn. */
public record VisibleRange(int first, int last) {

    public static final VisibleRange EMPTY = new VisibleRange(0, -1);

    public static VisibleRange of(RowLayout layout, double scrollY, double viewportHeight) {
        if (layout.size() == 0 || viewportHeight <= 0) {
            return EMPTY;
        }
        double top = Math.max(0, Math.min(scrollY, layout.totalHeight()));
        int first = layout.indexAt(top);
        if (first < 0) {
            return EMPTY;
        }
        double bottom = top + viewportHeight;
        int last = layout.indexAt(Math.min(bottom, layout.totalHeight()) - 1e-6);
        if (last < first) {
            last = first;
        }
        return new VisibleRange(first, last);
    }

    public boolean isEmpty() {
        return last < first;
    }

    public int size() {
        return isEmpty() ? 0 : last - first + 1;
    }

    public boolean contains(int index) {
        return index >= first && index <= last;
    }
}
