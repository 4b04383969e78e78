package org.qiyouxiang.app.excel;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the office's work list: the fonts official documents use (方正小标宋简体
 * for the title, 黑体 for headers, 仿宋_GB2312 for the body) and thin borders on every table cell.
 * Each style is made once per workbook; a file has room for only about 64,000 styles.
 */
final class WorkListStyles {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADER_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final short TITLE_POINTS = 18;
    static final short TABLE_POINTS = 11;

    final CellStyle title;
    final CellStyle header;
    /** Long texts: names, milestones, units, persons. */
    final CellStyle body;
    /** Short labels: area, number, kind. */
    final CellStyle centredBody;

    WorkListStyles(XSSFWorkbook workbook) {
        title = workbook.createCellStyle();
        title.setFont(font(workbook, TITLE_FONT, TITLE_POINTS, false));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        header = tableStyle(workbook, font(workbook, HEADER_FONT, TABLE_POINTS, true));
        header.setAlignment(HorizontalAlignment.CENTER);

        XSSFFont bodyFont = font(workbook, BODY_FONT, TABLE_POINTS, false);
        body = tableStyle(workbook, bodyFont);
        centredBody = tableStyle(workbook, bodyFont);
        centredBody.setAlignment(HorizontalAlignment.CENTER);
    }

    private static CellStyle tableStyle(XSSFWorkbook workbook, XSSFFont font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static XSSFFont font(XSSFWorkbook workbook, String name, short points, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        // Tells Excel and WPS to pick a Chinese face when the named one is not installed.
        font.setCharSet(FontCharset.GB2312);
        return font;
    }
}
