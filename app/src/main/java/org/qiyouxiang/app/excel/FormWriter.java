package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.report.CellKind;
import org.qiyouxiang.app.core.report.FormSheet;
import org.qiyouxiang.app.core.report.LockedColumn;
import org.qiyouxiang.app.core.report.ReportCell;
import org.qiyouxiang.app.core.report.RowHeightEstimate;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.Status;

/**
 * Writes a lead unit's fill-in form (填报表): instructions at the top, the work list's columns locked and
 * greyed, the five fill-in columns open, 状态 a drop-down list, and in column A (hidden) each row's key.
 * A very hidden sheet keeps what the form was sent with, so the return shows only what the unit changed.
 *
 * <p>The sheet is protected without a password: it stops accidental typing in the locked columns, and a
 * unit that must change the layout can lift it (审阅 → 撤销工作表保护) with nobody having to remember one.
 */
public final class FormWriter {

    public static final String META_SHEET = "_qyx_form";
    static final int TITLE_ROW = 0;
    static final int NOTE_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_ROW = 3;
    static final int KEY = 0;
    static final int NAME = 4;
    static final int FIRST_FIELD = 8;
    static final int[] WIDTHS = {6144, 1536, 2560, 2304, 5632, 6656, 3072, 2304, 8192, 2560, 2560, 5632, 5632};
    /** The locked columns a returned form is checked for, in the hidden part's order after the five fields. */
    static final List<LockedColumn> WATCHED = List.of(LockedColumn.values());

    /** Writes to {@code out} directly; callers that replace a file write to a temporary file first. */
    public void write(FormSheet form, Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(Messages.get("form.sheet"));
            List<ReportCell> cells = fill(sheet, form, styles);
            heights(sheet, form, cells);
            validations(sheet, form);
            setUp(sheet);
            meta(workbook, form);
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    static String keyHeader() {
        return Messages.get("form.header.key");
    }

    static List<String> headers(int quarter) {
        return List.of(keyHeader(), Messages.get("report.header.seq"), Messages.get("report.header.area"),
                Messages.get("report.header.kind"), Messages.get("report.header.name"), Messages.get("report.header.milestone", Quarters.label(quarter)),
                Messages.get("report.header.units"), Messages.get("report.header.persons"),
                Messages.get("form.header.DONE_TEXT"), Messages.get("form.header.STATUS"),
                Messages.get("form.header.PERCENT"), Messages.get("form.header.PROBLEMS"),
                Messages.get("form.header.NEXT_STEPS"));
    }

    private static List<ReportCell> fill(XSSFSheet sheet, FormSheet form, ReportStyles styles) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c]);
        }
        XSSFRow title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(30);
        title.createCell(1).setCellValue(form.title());
        title.getCell(1).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 1, WIDTHS.length - 1));
        XSSFRow note = sheet.createRow(NOTE_ROW);
        note.createCell(1).setCellValue(form.instructions());
        note.getCell(1).setCellStyle(styles.note());
        sheet.addMergedRegion(new CellRangeAddress(NOTE_ROW, NOTE_ROW, 1, WIDTHS.length - 1));

        List<ReportCell> cells = new ArrayList<>();
        List<String> headers = headers(form.quarter());
        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
            header.getCell(c).setCellStyle(styles.locked(CellKind.HEADER));
            if (c != KEY) {
                cells.add(ReportCell.text(HEADER_ROW, c, headers.get(c), CellKind.HEADER));
            }
        }
        int r = FIRST_ROW;
        for (FormSheet.Row row : form.rows()) {
            XSSFRow sheetRow = sheet.createRow(r);
            List<String> fixed = java.util.Arrays.asList(row.key().text(), row.number(), row.area(), row.kind(),
                    row.name(), row.milestone(), row.units(), row.persons());
            for (int c = 0; c < fixed.size(); c++) {
                CellKind kind = c == NAME || c == NAME + 1 ? CellKind.TEXT : CellKind.CENTRED;
                text(sheetRow, c, fixed.get(c), styles.locked(kind));
                if (c != KEY) {
                    // The key column is hidden: its text must not make rows tall.
                    cells.add(ReportCell.text(r, c, fixed.get(c), kind));
                }
            }
            for (int f = 0; f < FormSheet.FIELDS.size(); f++) {
                ProgressField field = FormSheet.FIELDS.get(f);
                CellKind kind = field == ProgressField.STATUS || field == ProgressField.PERCENT
                        ? CellKind.CENTRED : CellKind.TEXT;
                String value = row.values().get(f);
                text(sheetRow, FIRST_FIELD + f, value, styles.unlocked(kind));
                cells.add(ReportCell.text(r, FIRST_FIELD + f, value, kind));
            }
            r++;
        }
        return cells;
    }

    private static void text(XSSFRow row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        if (text != null && !text.isEmpty()) {
            // Always a string: a report such as "=完成" stays text.
            cell.setCellValue(text);
        }
    }

    private static void heights(XSSFSheet sheet, FormSheet form, List<ReportCell> cells) {
        int rows = FIRST_ROW + form.rows().size();
        float[] heights = new RowHeightEstimate(WIDTHS).heights(HEADER_ROW, rows, cells, List.of());
        for (int r = HEADER_ROW; r < rows; r++) {
            sheet.getRow(r).setHeightInPoints(Math.max(heights[r], r == HEADER_ROW ? 19 : 34));
        }
        double noteWidth = 0;
        for (int c = 1; c < WIDTHS.length; c++) {
            noteWidth += WIDTHS[c] / 256.0;
        }
        sheet.getRow(NOTE_ROW).setHeightInPoints(org.qiyouxiang.app.core.report.TextLines.pointsFor(
                org.qiyouxiang.app.core.report.TextLines.lineCount(form.instructions(), noteWidth)));
    }

    private static void validations(XSSFSheet sheet, FormSheet form) {
        if (form.rows().isEmpty()) {
            return;
        }
        int last = FIRST_ROW + form.rows().size() - 1;
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] statuses = java.util.Arrays.stream(Status.values())
                .map(s -> Messages.get("status." + s.name())).toArray(String[]::new);
        DataValidationConstraint list = helper.createExplicitListConstraint(statuses);
        int statusColumn = FIRST_FIELD + FormSheet.FIELDS.indexOf(ProgressField.STATUS);
        DataValidation status = helper.createValidation(list, new CellRangeAddressList(FIRST_ROW, last, statusColumn,
                statusColumn));
        status.setShowErrorBox(true);
        status.setEmptyCellAllowed(true);
        status.createErrorBox(Messages.get("form.validation.title"), Messages.get("form.validation.status"));
        sheet.addValidationData(status);
        int percentColumn = FIRST_FIELD + FormSheet.FIELDS.indexOf(ProgressField.PERCENT);
        DataValidationConstraint range = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "0", "100");
        DataValidation percent = helper.createValidation(range, new CellRangeAddressList(FIRST_ROW, last,
                percentColumn, percentColumn));
        percent.setShowErrorBox(true);
        percent.setEmptyCellAllowed(true);
        percent.createErrorBox(Messages.get("form.validation.percentTitle"), Messages.get("form.validation.percent"));
        sheet.addValidationData(percent);
    }

    private static void setUp(XSSFSheet sheet) {
        sheet.setColumnHidden(KEY, true);
        sheet.createFreezePane(0, FIRST_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.getFooter().setCenter(Messages.get("worklist.footer"));
        // No password: the protection guards against slips, and nobody has to remember or ask for one.
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
    }

    private static void meta(XSSFWorkbook workbook, FormSheet form) {
        XSSFSheet meta = workbook.createSheet(META_SHEET);
        metaRow(meta, 0, "version", "2");
        metaRow(meta, 1, "year", String.valueOf(form.year()));
        metaRow(meta, 2, "quarter", String.valueOf(form.quarter()));
        metaRow(meta, 3, "unit", form.unit());
        int r = 5;
        for (FormSheet.Row row : form.rows()) {
            XSSFRow sheetRow = meta.createRow(r++);
            sheetRow.createCell(0).setCellValue(row.key().text());
            for (int f = 0; f < row.values().size(); f++) {
                sheetRow.createCell(1 + f).setCellValue(row.values().get(f));
            }
            // Version 2: the locked texts the row was sent with, so a unit's change to them can be told apart
            // from the clerk's own change to the work list since.
            for (int l = 0; l < WATCHED.size(); l++) {
                String text = row.locked(WATCHED.get(l));
                sheetRow.createCell(1 + FormSheet.FIELDS.size() + l).setCellValue(text == null ? "" : text);
            }
        }
        meta.enableLocking();
        workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
    }

    private static void metaRow(XSSFSheet sheet, int r, String name, String value) {
        XSSFRow row = sheet.createRow(r);
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(value);
    }
}
