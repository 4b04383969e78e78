package org.qiyouxiang.app.ui.gantt;

import java.time.LocalDate;
import java.util.Set;
import org.qiyouxiang.app.core.gantt.GanttBar;
import org.qiyouxiang.app.core.gantt.GlyphWidths;
import org.qiyouxiang.app.core.gantt.GroupKey;
import org.qiyouxiang.app.core.gantt.LeftColumns;
import org.qiyouxiang.app.core.gantt.QuarterScale;
import org.qiyouxiang.app.core.gantt.RowLayout;
import org.qiyouxiang.app.core.gantt.VisibleRange;
import org.qiyouxiang.db.model.WorkItem;

/**
 * Everything one paint needs: the area to fill, the rows and the scale, where the view is scrolled,
 * the style, and what is selected and hovered. The screen, the exported picture and each printed page
 * are frames of the same chart.
 */
record GanttFrame(
        double width,
        double height,
        double headerHeight,
        RowLayout layout,
        QuarterScale scale,
        LeftColumns columns,
        double scrollX,
        double scrollY,
        GanttStyle.Palette palette,
        GlyphWidths glyphs,
        double lineHeight,
        Set<GroupKey> collapsed,
        WorkItem selected,
        int hoverRow,
        GanttBar hoverBar,
        LocalDate today,
        String emptyText) {

    double chartLeft() {
        return columns.width();
    }

    double chartWidth() {
        return width - chartLeft();
    }

    double bodyHeight() {
        return height - headerHeight;
    }

    /** A row's top on the canvas. */
    double rowY(int index) {
        return headerHeight + layout.top(index) - scrollY;
    }

    /** A timeline x on the canvas. */
    double screenX(double timelineX) {
        return chartLeft() + timelineX - scrollX;
    }

    VisibleRange visible() {
        return VisibleRange.of(layout, scrollY, bodyHeight());
    }

    /** The same chart in another area, with other rows, scale and scroll, for pictures and pages; nothing hovered. */
    GanttFrame with(double newWidth, double newHeight, RowLayout newLayout, QuarterScale newScale,
                    double newScrollX, double newScrollY) {
        return new GanttFrame(newWidth, newHeight, AxisPainter.headerHeight(newScale, lineHeight), newLayout, newScale,
                columns, newScrollX, newScrollY, palette, glyphs, lineHeight, collapsed, selected, -1, null, today,
                emptyText);
    }

    /** The same frame without a selection, for paper. */
    GanttFrame unselected() {
        return new GanttFrame(width, height, headerHeight, layout, scale, columns, scrollX, scrollY, palette, glyphs,
                lineHeight, collapsed, null, -1, null, today, emptyText);
    }
}
