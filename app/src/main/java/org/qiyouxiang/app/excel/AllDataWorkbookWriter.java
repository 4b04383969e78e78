package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qiyouxiang.app.core.report.ReportCell;
import org.qiyouxiang.app.core.report.TextLines;
import org.qiyouxiang.app.excel.WorkListLayout.Cell;

/**
 * Writes a readable copy of all the data (导出全部数据): one {@link PlainSheet} per sheet, each with a bold
 * frozen header, an autofilter, columns as wide as their content within limits, wrapped long texts and rows
 * tall enough to show them. Texts stay texts whatever they look like ("3.80", "=1+1"); numbers are numbers.
 */
public final class AllDataWorkbookWriter {

    static final int MIN_CHARS = 6;
    static final int TEXT_MAX_CHARS = 24;
    static final int LONG_TEXT_CHARS = 40;
    static final int NUMBER_MAX_CHARS = 14;

    /** Writes to {@code out} directly; callers that replace a file write to a temporary file first. */
    public void write(List<PlainSheet> sheets, Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            PlainStyles styles = new PlainStyles(workbook);
            for (PlainSheet sheet : sheets) {
                fill(workbook.createSheet(sheet.name()), sheet, styles);
            }
            // Built in full before the file is opened, so a failure leaves no half-written file behind.
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    private static void fill(XSSFSheet sheet, PlainSheet content, PlainStyles styles) {
        int[] widths = widths(content);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c]);
        }
        List<Cell> texts = new ArrayList<>();
        XSSFRow header = sheet.createRow(0);
        for (int c = 0; c < content.columns().size(); c++) {
            String title = content.columns().get(c).header();
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(title);
            cell.setCellStyle(styles.header);
            texts.add(new Cell(0, c, title));
        }
        for (int r = 0; r < content.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<Object> values = content.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    texts.add(new Cell(r + 1, c, put(row.createCell(c), value, styles)));
                }
            }
        }
        int rowCount = content.rows().size() + 1;
        float[] heights = new RowHeights(widths).heights(0, rowCount, texts, List.of());
        for (int r = 0; r < rowCount; r++) {
            sheet.getRow(r).setHeightInPoints(heights[r]);
        }
        sheet.createFreezePane(0, 1);
        setUpPage(sheet);
        int lastColumn = content.columns().size() - 1;
        if (content.filtered() && lastColumn >= 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, rowCount - 1, 0, lastColumn));
        }
        if (rowCount > 1 && lastColumn >= 0) {
            // Targets such as "3.80" are text on purpose; Excel's green "number stored as text" marks would only distract.
            sheet.addIgnoredErrors(new CellRangeAddress(1, rowCount - 1, 0, lastColumn),
                    IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        }
    }

    /** Printed, a sheet is A4 landscape, one page wide, its header on every page. */
    private static void setUpPage(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /** Puts a value into a cell; returns the text it shows, for the row height. */
    private static String put(XSSFCell cell, Object value, PlainStyles styles) {
        if (value instanceof Number number) {
            BigDecimal exact = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            cell.setCellValue(exact.doubleValue());
            cell.setCellStyle(styles.number);
            return exact.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        // Always a string: a text such as "=1+1" is never a formula.
        cell.setCellValue(text);
        cell.setCellStyle(ReportCell.looksLikeFormula(text) ? styles.quotedText : styles.text);
        return text;
    }

    /** Column widths in 1/256 of a character: the longest line of the column, within its kind's limits. */
    static int[] widths(PlainSheet content) {
        int[] widths = new int[content.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            PlainSheet.Column column = content.columns().get(c);
            int longest = displayWidth(column.header());
            for (List<Object> row : content.rows()) {
                if (c < row.size() && row.get(c) != null) {
                    longest = Math.max(longest, displayWidth(shown(row.get(c))));
                }
            }
            int chars = Math.max(MIN_CHARS, longest + 2);
            chars = switch (column.kind()) {
                case TEXT -> Math.min(chars, TEXT_MAX_CHARS);
                case LONG_TEXT -> Math.min(chars, LONG_TEXT_CHARS);
                case NUMBER -> Math.min(chars, NUMBER_MAX_CHARS);
            };
            widths[c] = chars * 256;
        }
        return widths;
    }

    private static String shown(Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }

    /** The width of the longest line in Excel's characters: a Chinese character counts two. */
    static int displayWidth(String text) {
        int longest = 0;
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                width = 0;
                continue;
            }
            width += TextLines.isWide(codePoint) ? 2 : 1;
            longest = Math.max(longest, width);
        }
        return longest;
    }
}
