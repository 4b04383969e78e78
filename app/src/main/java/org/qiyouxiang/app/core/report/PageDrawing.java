package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.report.PageShape.Align;
import org.qiyouxiang.app.core.report.PageShape.FontRole;

/**
 * Draws one page as shapes: the title and heading lines on a table's first page, the header rows, the
 * page's body rows with their merged regions, borders, status fills and wrapped texts, and the footer.
 * Texts wrap exactly as {@link TextLines} counted them for the row heights.
 */
final class PageDrawing {

    static final String BLACK = "#000000";
    static final double BORDER = 0.5;
    static final float TITLE_FONT = 18f;
    static final float TABLE_FONT = 11f;
    static final float FOOTER_FONT = 10f;
    /** From a text line's top to its baseline, for an 11 pt face in a 15 pt line. */
    static final double BASELINE = 11.7;
    /** Space kept between a text and the cell's sides. */
    static final double INSET = 2.5;

    private final Page page;
    private final PaginatedTable paginated;
    private final ReportTable table;
    private final double scale;
    private final double[] columnX;
    private final List<PageShape> fills = new ArrayList<>();
    private final List<PageShape> marks = new ArrayList<>();

    private PageDrawing(Page page) {
        this.page = page;
        this.paginated = page.table();
        this.table = paginated.table();
        this.scale = paginated.scale();
        PageSetup setup = page.setup();
        double width = PaginatedTable.tablePoints(table.widths()) * scale;
        columnX = new double[table.columnCount() + 1];
        columnX[0] = setup.left() + Math.max(0, (setup.printableWidth() - width) / 2);
        int[] widths = table.widths();
        for (int c = 0; c < widths.length; c++) {
            columnX[c + 1] = columnX[c] + PaginatedTable.columnPoints(widths[c]) * scale;
        }
    }

    static List<PageShape> draw(Page page) {
        PageDrawing drawing = new PageDrawing(page);
        drawing.draw();
        List<PageShape> shapes = new ArrayList<>(drawing.fills);
        shapes.addAll(drawing.marks);
        return shapes;
    }

    private void draw() {
        PageSetup setup = page.setup();
        double y = setup.top();
        double left = columnX[0];
        double right = columnX[table.columnCount()];
        if (page.slice().first()) {
            double title = PaginatedTable.TITLE_POINTS * scale;
            texts(List.of(table.title()), left, y, right - left, title, Align.CENTRE, FontRole.TITLE,
                    TITLE_FONT, BLACK, 1.6);
            y += title;
            double heading = PaginatedTable.HEADING_POINTS * scale;
            double half = (right - left) / 2;
            texts(List.of(table.officeLine()), left, y, half, heading, Align.LEFT, FontRole.BODY, TABLE_FONT, BLACK, 1);
            texts(List.of(table.dateLine()), left + half, y, half, heading, Align.RIGHT, FontRole.BODY, TABLE_FONT,
                    BLACK, 1);
            y += heading;
        }
        y = rows(0, table.headerRows() - 1, y);
        rows(page.slice().firstRow(), page.slice().lastRow(), y);
        marks.add(new PageShape.Text(page.footer(), 0, setup.height() - setup.footer(), setup.width(), Align.CENTRE,
                FontRole.BODY, FOOTER_FONT, BLACK));
    }

    /** Draws rows {@code first} to {@code last} from {@code top}; returns the y below them. */
    private double rows(int first, int last, double top) {
        if (last < first) {
            return top;
        }
        double[] rowY = new double[last - first + 2];
        rowY[0] = top;
        for (int r = first; r <= last; r++) {
            rowY[r - first + 1] = rowY[r - first] + paginated.height(r) * scale;
        }
        Map<Long, Region> regionAt = new HashMap<>();
        boolean[][] covered = new boolean[last - first + 1][table.columnCount()];
        for (int row = first; row <= last; row++) {
            for (Region region : paginated.regionsFrom(row)) {
                regionAt.put(CellKey.of(region.firstRow(), region.firstColumn()), region);
                for (int r = region.firstRow(); r <= Math.min(region.lastRow(), last); r++) {
                    for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                        covered[r - first][c] = true;
                    }
                }
            }
        }
        Map<Long, ReportCell> cellAt = new HashMap<>();
        for (int row = first; row <= last; row++) {
            for (ReportCell cell : paginated.cells(row)) {
                cellAt.put(CellKey.of(cell.row(), cell.column()), cell);
            }
        }
        for (int r = first; r <= last; r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                Region region = regionAt.get(CellKey.of(r, c));
                if (region == null && covered[r - first][c]) {
                    continue;
                }
                int lastRow = region == null ? r : Math.min(region.lastRow(), last);
                int lastColumn = region == null ? c : region.lastColumn();
                box(cellAt.get(CellKey.of(r, c)), columnX[c], rowY[r - first], columnX[lastColumn + 1],
                        rowY[lastRow - first + 1], table.widthInChars(c, lastColumn));
            }
        }
        return rowY[rowY.length - 1];
    }

    private void box(ReportCell cell, double x1, double y1, double x2, double y2, double widthInChars) {
        String colour = BLACK;
        if (cell != null && cell.tone() != null) {
            fills.add(new PageShape.Fill(x1, y1, x2 - x1, y2 - y1, cell.tone().background()));
            colour = cell.tone().foreground();
        }
        marks.add(new PageShape.Stroke(x1, y1, x2, y1, BORDER, BLACK));
        marks.add(new PageShape.Stroke(x1, y2, x2, y2, BORDER, BLACK));
        marks.add(new PageShape.Stroke(x1, y1, x1, y2, BORDER, BLACK));
        marks.add(new PageShape.Stroke(x2, y1, x2, y2, BORDER, BLACK));
        if (cell == null || cell.text().isEmpty()) {
            return;
        }
        boolean header = cell.kind() == CellKind.HEADER || cell.kind() == CellKind.SECTION;
        Align align = cell.kind().centred() ? Align.CENTRE : Align.LEFT;
        texts(TextLines.wrap(cell.text(), widthInChars), x1, y1, x2 - x1, y2 - y1, align,
                header ? FontRole.HEADER : FontRole.BODY, TABLE_FONT, colour, 1);
    }

    /** Lines of text centred vertically in a box, {@code spacing} times the 15 pt line apart. */
    private void texts(List<String> lines, double x, double y, double width, double height, Align align,
                       FontRole font, float size, String colour, double spacing) {
        double pitch = TextLines.POINTS_PER_LINE * spacing * scale;
        double top = y + (height - pitch * lines.size()) / 2;
        double baseline = (BASELINE + (TextLines.POINTS_PER_LINE * spacing - TextLines.POINTS_PER_LINE) / 2
                + (size - TABLE_FONT) * 0.8) * scale;
        double inset = INSET * scale;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                marks.add(new PageShape.Text(line, x + inset, top + i * pitch + baseline, width - 2 * inset, align,
                        font, size * scale, colour));
            }
        }
    }
}
