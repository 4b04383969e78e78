package org.qiyouxiang.app.core.gantt;

import org.qiyouxiang.db.model.WorkItem;

/**
 * How tall each row is at a zoom. Narrow quarters: every line row one text line high. Wide quarters:
 * as many lines as its longest wrapped text needs (milestones up to {@link BarGeometry#MAX_BAR_LINES},
 * name and units up to {@link BarGeometry#MAX_CELL_LINES}). Group rows have fixed heights.
 */
public final class RowSizer {

    private final GlyphWidths glyphs;
    private final double lineHeight;
    private final LeftColumns columns;
    private final QuarterScale scale;

    public RowSizer(GlyphWidths glyphs, double lineHeight, LeftColumns columns, QuarterScale scale) {
        this.glyphs = glyphs;
        this.lineHeight = lineHeight;
        this.columns = columns;
        this.scale = scale;
    }

    public double lineHeight() {
        return lineHeight;
    }

    public double height(GanttRow row) {
        if (row instanceof GanttRow.Group group) {
            return groupHeight(group.key());
        }
        return lineHeight((GanttRow.Line) row);
    }

    public double groupHeight(GroupKey key) {
        return Math.ceil(lineHeight + (key.isArea() ? 14 : 8));
    }

    private double lineHeight(GanttRow.Line row) {
        if (!scale.showsBarText()) {
            return BarGeometry.compactRowHeight(lineHeight);
        }
        GanttLine line = row.line();
        int lines = LineBreaker.count(cellName(row), columns.nameTextWidth(), glyphs, BarGeometry.MAX_CELL_LINES);
        lines = Math.max(lines, LineBreaker.count(line.unitsText(), columns.unitsTextWidth(), glyphs,
                BarGeometry.MAX_CELL_LINES));
        for (GanttBar bar : line.bars()) {
            Span box = BarGeometry.bar(scale.span(bar.from(), bar.to()));
            double width = BarGeometry.textWidth(box, bar.lagging());
            lines = Math.max(lines,
                    LineBreaker.count(bar.milestone().text(), width, glyphs, BarGeometry.MAX_BAR_LINES));
        }
        return BarGeometry.rowHeight(lines, lineHeight);
    }

    /** What the 名称 cell of a row says: the item's name on its first line, a line's own name on the others. */
    public static String cellName(GanttRow.Line row) {
        WorkItem item = row.item().item();
        if (row.isFirst()) {
            return item.name();
        }
        String own = row.line().line().ownName();
        return own == null ? "" : own;
    }
}
