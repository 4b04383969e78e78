package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageBreak;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.CellKind;
import org.qiyouxiang.app.core.report.PageSetup;
import org.qiyouxiang.app.core.report.PaginatedTable;
import org.qiyouxiang.app.core.report.Region;
import org.qiyouxiang.app.core.report.ReportCell;
import org.qiyouxiang.app.core.report.ReportPages;
import org.qiyouxiang.app.core.report.ReportTable;

/**
 * Writes the quarterly report as .xlsx, one sheet per part, from the same paginated tables the PDF and
 * the print preview draw: title, office and date lines, the header repeated on every printed page and
 * frozen on screen, every table cell bordered, heights that fit the text, numbers as numbers, status
 * cells in the status colours, A4 landscape one page wide with the same page breaks, 第x页 共y页.
 *
 * <p>Streams rows (SXSSF), so a report of 10,000 items needs little memory. Every cell of a merged region
 * is created with its borders as its row is written, before rows are flushed; regions are added without
 * POI's overlap check, which is quadratic, because the layout never overlaps them (tested in core).
 */
public final class ReportWorkbookWriter {

    /** Rows kept in memory before SXSSF writes them to its temporary file. */
    static final int WINDOW = 500;
    /** The title and the office/date line come before the table. */
    static final int TABLE_OFFSET = 2;

    /** Writes to {@code out} directly; callers that replace a file write to a temporary file first. */
    public void write(ReportPages pages, Path out) throws IOException {
        SXSSFWorkbook workbook = new QuickZipWorkbook(WINDOW);
        try {
            ReportStyles styles = new ReportStyles(workbook);
            int firstPage = 1;
            for (PaginatedTable table : pages.tables()) {
                SXSSFSheet sheet = workbook.createSheet(table.table().part().sheetName());
                writeSheet(sheet, table, styles);
                setUpPage(sheet, table, firstPage);
                firstPage += table.slices().size();
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        } finally {
            workbook.close();
        }
    }

    private static void writeSheet(SXSSFSheet sheet, PaginatedTable paginated, ReportStyles styles) {
        ReportTable table = paginated.table();
        int columns = table.columnCount();
        int[] widths = table.widths();
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, widths[c]);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(PaginatedTable.TITLE_POINTS);
        title.createCell(0).setCellValue(table.title());
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, columns - 1));
        Row heading = sheet.createRow(1);
        heading.setHeightInPoints(PaginatedTable.HEADING_POINTS);
        int half = columns / 2;
        heading.createCell(0).setCellValue(table.officeLine());
        heading.getCell(0).setCellStyle(styles.headingLeft);
        heading.createCell(half).setCellValue(table.dateLine());
        heading.getCell(half).setCellStyle(styles.headingRight);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 1, 0, half - 1));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 1, half, columns - 1));

        // Cells inside a coloured merged region take its fill too, so every viewer colours the whole region.
        CellStyle[] carried = new CellStyle[columns];
        int[] carriedUntil = new int[columns];
        java.util.Arrays.fill(carriedUntil, -1);
        for (int r = 0; r < table.rowCount(); r++) {
            Row row = sheet.createRow(TABLE_OFFSET + r);
            row.setHeightInPoints(paginated.height(r));
            Cell[] cells = new Cell[columns];
            for (int c = 0; c < columns; c++) {
                cells[c] = row.createCell(c);
                cells[c].setCellStyle(carriedUntil[c] >= r ? carried[c] : styles.blank);
            }
            CellStyle[] toned = new CellStyle[columns];
            for (ReportCell cell : paginated.cells(r)) {
                Cell target = cells[cell.column()];
                CellStyle style = styles.of(cell);
                target.setCellStyle(style);
                setValue(target, cell);
                if (cell.tone() != null) {
                    toned[cell.column()] = style;
                }
            }
            for (Region region : paginated.regionsFrom(r)) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(TABLE_OFFSET + region.firstRow(),
                        TABLE_OFFSET + region.lastRow(), region.firstColumn(), region.lastColumn()));
                CellStyle style = toned[region.firstColumn()];
                if (style != null) {
                    for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                        carried[c] = style;
                        carriedUntil[c] = region.lastRow();
                        cells[c].setCellStyle(style);
                    }
                }
            }
        }
    }

    private static void setValue(Cell target, ReportCell cell) {
        BigDecimal number = cell.number();
        if (number == null || !cell.kind().numeric()) {
            // Always a string: a text such as "=1+1" is never a formula.
            target.setCellValue(cell.text());
            return;
        }
        double value = cell.kind() == CellKind.PERCENT ? number.movePointLeft(2).doubleValue() : number.doubleValue();
        target.setCellValue(value);
    }

    private static void setUpPage(Sheet sheet, PaginatedTable paginated, int firstPage) {
        ReportTable table = paginated.table();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        // Page numbers run on through the parts, as on the PDF's pages.
        print.setUsePage(true);
        print.setPageStart((short) Math.min(firstPage, Short.MAX_VALUE));
        sheet.setRepeatingRows(new CellRangeAddress(TABLE_OFFSET, TABLE_OFFSET + table.headerRows() - 1, -1, -1));
        sheet.getFooter().setCenter(Messages.get("worklist.footer"));
        sheet.setMargin(PageMargin.LEFT, PageSetup.SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, PageSetup.SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, PageSetup.TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, PageSetup.BOTTOM_MARGIN_INCHES);
        sheet.setMargin(PageMargin.HEADER, PageSetup.HEADER_FOOTER_MARGIN_INCHES);
        sheet.setMargin(PageMargin.FOOTER, PageSetup.HEADER_FOOTER_MARGIN_INCHES);
        sheet.setHorizontallyCenter(true);
        sheet.createFreezePane(0, TABLE_OFFSET + table.headerRows());
        int[] starts = paginated.pageStarts();
        if (starts.length > 0) {
            // POI's setRowBreak scans every break already set; a thousand pages made that quadratic.
            CTPageBreak breaks = ((SXSSFSheet) sheet).getWorkbook().getXSSFWorkbook()
                    .getSheet(sheet.getSheetName()).getCTWorksheet().addNewRowBreaks();
            for (int start : starts) {
                CTBreak rowBreak = breaks.addNewBrk();
                // The id is the 1-based number of the page's last row, as POI's setRowBreak(row) writes row + 1.
                rowBreak.setId(TABLE_OFFSET + start);
                rowBreak.setMax(SpreadsheetVersion.EXCEL2007.getLastColumnIndex());
                rowBreak.setMan(true);
            }
            breaks.setCount(starts.length);
            breaks.setManualBreakCount(starts.length);
        }
    }
}
