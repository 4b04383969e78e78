package org.qiyouxiang.app.excel;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few styles of a {@link PlainSheet}: a bold shaded header, wrapped text (a quote-prefixed variant for
 * texts that start like a formula), and numbers. Made once per workbook.
 */
final class PlainStyles {

    /** The face every Chinese Windows PC and WPS has; the office's document faces are for printed layouts. */
    static final String FONT = "宋体";
    static final short POINTS = 11;

    final CellStyle header;
    final CellStyle text;
    /** Excel keeps a text such as "=1+1" or "-未报送" a text even when the cell is edited later. */
    final CellStyle quotedText;
    final CellStyle number;

    PlainStyles(XSSFWorkbook workbook) {
        XSSFFont bold = font(workbook, true);
        XSSFFont plain = font(workbook, false);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = body(workbook, plain);
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        quotedText = body(workbook, plain);
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);
        number = body(workbook, plain);
        number.setAlignment(HorizontalAlignment.CENTER);
    }

    private static CellStyle body(XSSFWorkbook workbook, XSSFFont font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static XSSFFont font(XSSFWorkbook workbook, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(POINTS);
        font.setBold(bold);
        font.setCharSet(FontCharset.GB2312);
        return font;
    }
}
