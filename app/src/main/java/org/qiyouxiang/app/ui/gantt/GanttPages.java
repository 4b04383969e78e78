package org.qiyouxiang.app.ui.gantt;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.core.gantt.PrintPages;
import org.qiyouxiang.app.core.gantt.QuarterScale;
import org.qiyouxiang.app.core.gantt.RowLayout;
import org.qiyouxiang.app.core.gantt.RowSizer;
import org.qiyouxiang.db.model.Quarter;

/**
 * The chart on paper: the quarters the screen shows across the page's width, all rows (as filtered
 * and collapsed on screen) down the pages, the time axis and the left columns on every page, a
 * title above and 第x页 共y页 below. Pages are made one at a time, so a long programme never holds
 * hundreds of page images at once. Sizes of the page are in points; the chart is drawn at
 * {@link PrintPages#PRINT_SCALE} points per pixel.
 */
final class GanttPages {

    /** Page pictures have this many pixels per chart pixel: about 190 dpi on paper. */
    private static final double RESOLUTION = 2;
    private static final double TITLE_HEIGHT = 22;
    private static final double FOOT_HEIGHT = 20;

    private final GanttFrame base;
    private final double pageWidth;
    private final double pageHeight;
    private final String title;
    private final RowLayout layout;
    private final QuarterScale scale;
    private final Quarter first;
    private final double chartWidth;
    private final double header;
    private final double body;
    private final List<PrintPages.Page> pages;

    /**
     * @param base      the screen's frame: style, fonts, rows, today
     * @param quarters  the first and last quarter to print
     * @param rows      the rows to print (the view's rows)
     * @param width     printable width in points
     * @param height    printable height in points
     */
    GanttPages(GanttFrame base, List<Quarter> quarters, List<GanttRow> rows, double width, double height,
               String title) {
        this.base = base;
        this.pageWidth = width;
        this.pageHeight = height;
        this.title = title;
        this.first = quarters.get(0);
        int count = quarters.get(1).index() - first.index() + 1;
        this.scale = new QuarterScale(base.scale().years(),
                PrintPages.quarterWidth(width, base.columns().width(), count));
        this.chartWidth = base.columns().width() + count * scale.quarterWidth();
        RowSizer sizer = new RowSizer(base.glyphs(), base.lineHeight(), base.columns(), scale);
        this.layout = RowLayout.of(rows, base.collapsed(), sizer::height);
        this.header = AxisPainter.headerHeight(scale, base.lineHeight());
        this.body = PrintPages.bodyHeight(height, header, (TITLE_HEIGHT + FOOT_HEIGHT) / PrintPages.PRINT_SCALE);
        boolean[] headings = new boolean[layout.size()];
        for (int i = 0; i < headings.length; i++) {
            headings[i] = layout.row(i) instanceof GanttRow.Group;
        }
        List<PrintPages.Page> split = PrintPages.split(layout.heights(), headings, body);
        this.pages = split.isEmpty() ? List.of(new PrintPages.Page(1, 1, 0, -1)) : split;
    }

    int count() {
        return pages.size();
    }

    /** Which rows go on which page. */
    List<PrintPages.Page> split() {
        return pages;
    }

    RowLayout layout() {
        return layout;
    }

    /** Page {@code index} (from 0) as a node of the printable size, white, ready to print or snapshot. */
    Node page(int index) {
        PrintPages.Page page = pages.get(index);
        double rows = page.lastRow() < page.firstRow() ? 80
                : Math.min(body, layout.bottom(page.lastRow()) - layout.top(page.firstRow()));
        double scrollY = page.lastRow() < page.firstRow() ? 0 : layout.top(page.firstRow());
        GanttFrame frame = base.with(chartWidth, header + rows, layout, scale, scale.x(first), scrollY);
        Canvas canvas = new Canvas(Math.ceil(frame.width() * RESOLUTION), Math.ceil(frame.height() * RESOLUTION));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(RESOLUTION, RESOLUTION);
        GanttPainter.paint(gc, frame);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage picture = canvas.snapshot(parameters, null);
        ImageView chart = new ImageView(picture);
        chart.setFitWidth(frame.width() * PrintPages.PRINT_SCALE);
        chart.setFitHeight(frame.height() * PrintPages.PRINT_SCALE);
        chart.setSmooth(true);
        chart.relocate(0, TITLE_HEIGHT);
        Text heading = text(title, TextAlignment.LEFT, 10);
        heading.relocate(0, 2);
        Text foot = text(Messages.get("gantt.print.page", page.number(), page.count()), TextAlignment.CENTER, 9);
        foot.setWrappingWidth(pageWidth);
        foot.relocate(0, pageHeight - FOOT_HEIGHT + 6);
        Pane sheet = new Pane(chart, heading, foot);
        sheet.setStyle("-fx-background-color: white;");
        sheet.setPrefSize(pageWidth, pageHeight);
        sheet.setMinSize(pageWidth, pageHeight);
        sheet.setMaxSize(pageWidth, pageHeight);
        sheet.resize(pageWidth, pageHeight);
        return sheet;
    }

    private Text text(String value, TextAlignment alignment, double size) {
        Text text = new Text(value);
        Font font = base.palette().role(GanttStyle.TEXT).font();
        text.setFont(Font.font(font.getFamily(), size));
        text.setTextAlignment(alignment);
        text.setTextOrigin(VPos.TOP);
        return text;
    }
}
