package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.excel.WorkListLayout.Cell;
import org.qiyouxiang.app.excel.WorkListLayout.Region;

/**
 * Writes the indicators as .xlsx in the five-year table's layout (title, 领域 merged down, 序号, 指标 with
 * its *, the baseline and target years with every text as written), followed by one year's latest actuals
 * and judgements; the work list's fonts and borders, A4 landscape, one page wide, header on every page.
 */
public final class IndicatorWriter {

    static final int AREA_WIDTH = 2560;
    static final int NUMBER_WIDTH = 1536;
    static final int NAME_WIDTH = 8960;
    static final int YEAR_WIDTH = 2560;
    static final int ACTUAL_WIDTH = 2816;
    static final int QUARTER_WIDTH = 2304;
    static final int VERDICT_WIDTH = 2304;
    static final int REASON_WIDTH = 6144;
    static final float TITLE_ROW_POINTS = 30f;

    private static final double SIDE_MARGIN_INCHES = 0.4;
    private static final double TOP_MARGIN_INCHES = 0.5;
    private static final double BOTTOM_MARGIN_INCHES = 0.6;
    private static final double HEADER_FOOTER_MARGIN_INCHES = 0.3;

    /** Writes to {@code out} directly; callers that replace a file write to a temporary file first. */
    public void write(IndicatorSheet content, Path out) throws IOException {
        IndicatorLayout layout = IndicatorLayout.of(content);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(Messages.get("indicators.sheet"));
            int[] widths = columnWidths(layout);
            fill(sheet, layout, widths, new WorkListStyles(workbook));
            setUpPage(sheet, layout);
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    static int[] columnWidths(IndicatorLayout layout) {
        int[] widths = new int[layout.columnCount()];
        widths[IndicatorLayout.AREA] = AREA_WIDTH;
        widths[IndicatorLayout.NUMBER] = NUMBER_WIDTH;
        widths[IndicatorLayout.NAME] = NAME_WIDTH;
        for (int c = IndicatorLayout.BASELINE; c < layout.firstActualColumn(); c++) {
            widths[c] = YEAR_WIDTH;
        }
        int actual = layout.firstActualColumn();
        widths[actual] = ACTUAL_WIDTH;
        widths[actual + 1] = QUARTER_WIDTH;
        widths[actual + 2] = VERDICT_WIDTH;
        widths[actual + 3] = REASON_WIDTH;
        return widths;
    }

    private static void fill(XSSFSheet sheet, IndicatorLayout layout, int[] widths, WorkListStyles styles) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c]);
        }
        // Every table cell exists with its borders, so that merged and empty cells show their lines.
        for (int r = 0; r < layout.rowCount(); r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < layout.columnCount(); c++) {
                row.createCell(c).setCellStyle(styleOf(styles, layout, r, c));
            }
        }
        for (Cell cell : layout.cells()) {
            // Always a string: 3.80 keeps its zero, "<5" and "=1" are never read as anything else.
            sheet.getRow(cell.row()).getCell(cell.column()).setCellValue(cell.text());
        }
        for (Region region : layout.regions()) {
            sheet.addMergedRegion(new CellRangeAddress(region.firstRow(), region.lastRow(),
                    region.firstColumn(), region.lastColumn()));
        }
        if (layout.rowCount() > IndicatorLayout.FIRST_BODY_ROW) {
            // Numbers are text on purpose; Excel's green "number stored as text" marks would only distract.
            sheet.addIgnoredErrors(new CellRangeAddress(IndicatorLayout.FIRST_BODY_ROW, layout.rowCount() - 1,
                    0, layout.columnCount() - 1), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        }
        float[] heights = new RowHeights(widths)
                .heights(IndicatorLayout.HEADER_ROW, layout.rowCount(), layout.cells(), layout.regions());
        sheet.getRow(IndicatorLayout.TITLE_ROW).setHeightInPoints(TITLE_ROW_POINTS);
        for (int r = IndicatorLayout.HEADER_ROW; r < layout.rowCount(); r++) {
            sheet.getRow(r).setHeightInPoints(heights[r]);
        }
    }

    private static CellStyle styleOf(WorkListStyles styles, IndicatorLayout layout, int row, int column) {
        if (row == IndicatorLayout.TITLE_ROW) {
            return styles.title;
        }
        if (row == IndicatorLayout.HEADER_ROW) {
            return styles.header;
        }
        return layout.isCentred(column) ? styles.centredBody : styles.body;
    }

    private static void setUpPage(XSSFSheet sheet, IndicatorLayout layout) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(IndicatorLayout.HEADER_ROW, IndicatorLayout.HEADER_ROW, -1, -1));
        sheet.getFooter().setCenter(Messages.get("indicators.footer"));
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MARGIN_INCHES);
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_MARGIN_INCHES);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_MARGIN_INCHES);
        sheet.setHorizontallyCenter(true);
        sheet.createFreezePane(0, IndicatorLayout.FIRST_BODY_ROW);
    }
}
