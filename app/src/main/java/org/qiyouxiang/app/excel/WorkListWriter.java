package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.excel.WorkListLayout.Cell;
import org.qiyouxiang.app.excel.WorkListLayout.Region;
import org.qiyouxiang.db.model.WorkList;

/**
 * Writes a year's work list as .xlsx in the official layout of the office's sample: title,
 * two header rows, one row per item line with areas, kinds, numbers and names merged down and
 * milestones merged across the quarters they cover; printed A4 landscape, one page wide.
 */
public final class WorkListWriter {

    /** Column widths of the office's sheet, A to J, in 1/256 of a character. */
    static final int[] COLUMN_WIDTHS = {3072, 1792, 2560, 6656, 8192, 8192, 8192, 8192, 4096, 3072};
    static final float TITLE_ROW_POINTS = 30f;

    private static final double SIDE_MARGIN_INCHES = 0.4;
    private static final double TOP_MARGIN_INCHES = 0.5;
    private static final double BOTTOM_MARGIN_INCHES = 0.6;
    private static final double HEADER_FOOTER_MARGIN_INCHES = 0.3;

    /** Writes to {@code out} directly; callers that replace a file write to a temporary file first. */
    public void write(WorkList list, Path out) throws IOException {
        WorkListLayout layout = WorkListLayout.of(list);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(Messages.get("worklist.sheet"));
            fill(sheet, layout, new WorkListStyles(workbook));
            setUpPage(sheet);
            // Built in full before the file is opened, so a failure leaves no half-written file behind.
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    private static void fill(XSSFSheet sheet, WorkListLayout layout, WorkListStyles styles) {
        for (int column = 0; column < COLUMN_WIDTHS.length; column++) {
            sheet.setColumnWidth(column, COLUMN_WIDTHS[column]);
        }
        // Every cell of the table exists with its borders, so that merged regions and empty
        // quarters show their lines in Excel, WPS and on paper.
        for (int row = 0; row < layout.rowCount(); row++) {
            XSSFRow sheetRow = sheet.createRow(row);
            for (int column = 0; column < WorkListLayout.COLUMN_COUNT; column++) {
                sheetRow.createCell(column).setCellStyle(styleOf(styles, row, column));
            }
        }
        for (Cell cell : layout.cells()) {
            XSSFCell sheetCell = sheet.getRow(cell.row()).getCell(cell.column());
            // Always a string: a milestone such as "=1+1" is text, never a formula.
            sheetCell.setCellValue(cell.text());
        }
        for (Region region : layout.regions()) {
            sheet.addMergedRegion(new CellRangeAddress(region.firstRow(), region.lastRow(),
                    region.firstColumn(), region.lastColumn()));
        }
        setRowHeights(sheet, layout);
    }

    private static CellStyle styleOf(WorkListStyles styles, int row, int column) {
        if (row == WorkListLayout.TITLE_ROW) {
            return styles.title;
        }
        if (row <= WorkListLayout.LAST_HEADER_ROW) {
            return styles.header;
        }
        boolean label = column == WorkListLayout.AREA || column == WorkListLayout.NUMBER
                || column == WorkListLayout.KIND;
        return label ? styles.centredBody : styles.body;
    }

    private static void setRowHeights(XSSFSheet sheet, WorkListLayout layout) {
        List<Cell> cells = layout.cells();
        float[] heights = new RowHeights(COLUMN_WIDTHS)
                .heights(WorkListLayout.FIRST_HEADER_ROW, layout.rowCount(), cells, layout.regions());
        sheet.getRow(WorkListLayout.TITLE_ROW).setHeightInPoints(TITLE_ROW_POINTS);
        for (int row = WorkListLayout.FIRST_HEADER_ROW; row < layout.rowCount(); row++) {
            sheet.getRow(row).setHeightInPoints(heights[row]);
        }
    }

    private static void setUpPage(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(
                WorkListLayout.FIRST_HEADER_ROW, WorkListLayout.LAST_HEADER_ROW, -1, -1));
        sheet.getFooter().setCenter(Messages.get("worklist.footer"));
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MARGIN_INCHES);
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_MARGIN_INCHES);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_MARGIN_INCHES);
        sheet.setHorizontallyCenter(true);
        sheet.createFreezePane(0, WorkListLayout.FIRST_BODY_ROW);
    }
}
