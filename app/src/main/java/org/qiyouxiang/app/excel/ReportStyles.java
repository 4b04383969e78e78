package org.qiyouxiang.app.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.qiyouxiang.app.core.progress.StatusPalette;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;
import org.qiyouxiang.app.core.report.CellKind;
import org.qiyouxiang.app.core.report.ReportCell;

/**
 * The report's cell styles, made once per workbook and shared (a file holds about 64,000): the official
 * faces (方正小标宋简体 titles, 黑体 headers, 仿宋_GB2312 body), thin borders on every table cell, number
 * formats, and the status colours of {@link StatusPalette} as fills, the same as on screen and paper.
 */
final class ReportStyles {

    private final Workbook workbook;
    private final DataFormat formats;
    private final XSSFFont titleFont;
    private final XSSFFont headerFont;
    private final XSSFFont bodyFont;
    private final Map<Tone, XSSFFont> toneFonts = new HashMap<>();
    private final Map<String, CellStyle> styles = new HashMap<>();
    /** The styles of report cells by kind, tone, quote prefix and decimals: looked up for every cell. */
    private final CellStyle[] cellStyles = new CellStyle[CellKind.values().length * 16 * 4];
    final CellStyle title;
    final CellStyle headingLeft;
    final CellStyle headingRight;
    /** An empty table cell: borders only. */
    final CellStyle blank;

    ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
        titleFont = font(WorkListStyles.TITLE_FONT, WorkListStyles.TITLE_POINTS, false);
        headerFont = font(WorkListStyles.HEADER_FONT, WorkListStyles.TABLE_POINTS, true);
        bodyFont = font(WorkListStyles.BODY_FONT, WorkListStyles.TABLE_POINTS, false);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        headingLeft = heading(HorizontalAlignment.LEFT);
        headingRight = heading(HorizontalAlignment.RIGHT);
        blank = table(bodyFont, HorizontalAlignment.LEFT);
    }

    /** The style of a cell: its kind's face, alignment and format, its tone's colours, a quote prefix if needed. */
    CellStyle of(ReportCell cell) {
        boolean quote = cell.looksLikeFormula();
        boolean decimal = cell.kind() == CellKind.PERCENT && cell.hasDecimal();
        int key = ((cell.kind().ordinal() * 16 + (cell.tone() == null ? 15 : cell.tone().ordinal())) * 2
                + (quote ? 1 : 0)) * 2 + (decimal ? 1 : 0);
        CellStyle style = cellStyles[key];
        if (style == null) {
            style = create(cell, quote);
            cellStyles[key] = style;
        }
        return style;
    }

    /** An unlocked fill-in style of a form (the cells a unit types in). */
    CellStyle unlocked(CellKind kind) {
        return styles.computeIfAbsent("open/" + kind, k -> {
            CellStyle style = table(bodyFont, kind.centred() ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
            style.setLocked(false);
            return style;
        });
    }

    /** A locked cell of a form, greyed so units see they need not type there. */
    CellStyle locked(CellKind kind) {
        return styles.computeIfAbsent("locked/" + kind, k -> {
            XSSFCellStyle style = (XSSFCellStyle) table(kind == CellKind.HEADER ? headerFont : bodyFont,
                    kind.centred() ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
            style.setFillForegroundColor(new XSSFColor(rgb("#f2f2f2"), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setLocked(true);
            return style;
        });
    }

    /** A wrapped, unbordered note above a form's table. */
    CellStyle note() {
        return styles.computeIfAbsent("note", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(bodyFont);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    private CellStyle create(ReportCell cell, boolean quote) {
        CellKind kind = cell.kind();
        XSSFFont font = kind == CellKind.HEADER || kind == CellKind.SECTION ? headerFont : bodyFont;
        if (cell.tone() != null) {
            font = toneFonts.computeIfAbsent(cell.tone(), this::toneFont);
        }
        XSSFCellStyle style = (XSSFCellStyle) table(font,
                kind.centred() ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
        if (cell.tone() != null) {
            style.setFillForegroundColor(new XSSFColor(rgb(cell.tone().background()), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        switch (kind) {
            case INTEGER -> style.setDataFormat(formats.getFormat("0"));
            case DECIMAL -> style.setDataFormat(formats.getFormat("0.00##"));
            case PERCENT -> style.setDataFormat(formats.getFormat(cell.hasDecimal() ? "0.0%" : "0%"));
            case RATE -> style.setDataFormat(formats.getFormat("0.0%"));
            default -> style.setDataFormat(formats.getFormat("@"));
        }
        // Excel keeps a text such as "=1+1" or "-未报送" a text even when the cell is edited later.
        style.setQuotePrefixed(quote);
        return style;
    }

    private CellStyle table(XSSFFont font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private CellStyle heading(HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(bodyFont);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private XSSFFont toneFont(Tone tone) {
        XSSFFont font = font(WorkListStyles.BODY_FONT, WorkListStyles.TABLE_POINTS, false);
        font.setColor(new XSSFColor(rgb(tone.foreground()), null));
        return font;
    }

    private XSSFFont font(String name, short points, boolean bold) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        font.setCharSet(FontCharset.GB2312);
        return font;
    }

    /** {@code #1a7f37} as the three bytes POI wants; the hex comes from {@link StatusPalette#rgb}. */
    static byte[] rgb(String hex) {
        String rgb = StatusPalette.rgb(hex);
        return new byte[]{(byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
