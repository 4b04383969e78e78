package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.app.core.report.FormSheet;
import org.qiyouxiang.app.core.report.LockedColumn;
import org.qiyouxiang.app.core.report.ReturnedForm;
import org.qiyouxiang.db.model.ProgressField;

/**
 * Reads a returned fill-in form: the columns found by their headers (so inserted or moved columns do not
 * matter), every row with its key, and from the hidden part the year, quarter, unit and the texts it was sent
 * with. Rows are read as the unit left them, in any order; nothing is judged here.
 */
public final class FormReader {

    private static final int HEADER_SEARCH_ROWS = 15;
    private static final int MAX_ROWS = 20_000;

    private FormReader() {
    }

    /** Whether a workbook is one of our fill-in forms: it has the hidden part, or a sheet with the key column. */
    static boolean isForm(Workbook workbook) {
        if (workbook.getSheet(FormWriter.META_SHEET) != null) {
            return true;
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (headerRow(new SheetView(workbook.getSheetAt(i))) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static ReturnedForm read(Path file) throws ImportException {
        String fileName = file.getFileName().toString();
        try (Workbook workbook = SpreadsheetFiles.open(file)) {
            return read(workbook, fileName);
        } catch (IOException e) {
            throw new ImportException(Place.file(fileName), Messages.get("import.error.notSpreadsheet"), e);
        } catch (RuntimeException e) {
            throw new ImportException(Place.file(fileName), Messages.get("import.error.damaged"), e);
        }
    }

    private static ReturnedForm read(Workbook workbook, String fileName) throws ImportException {
        Map<String, String> facts = new HashMap<>();
        Map<String, Map<ProgressField, String>> generated = new HashMap<>();
        Map<String, Map<LockedColumn, String>> sentLocked = new HashMap<>();
        Sheet meta = workbook.getSheet(FormWriter.META_SHEET);
        if (meta != null) {
            readMeta(new SheetView(meta), facts, generated, sentLocked);
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (sheet == meta) {
                continue;
            }
            SheetView view = new SheetView(sheet);
            int header = headerRow(view);
            if (header >= 0) {
                return new ReturnedForm(fileName, number(facts.get("year")), number(facts.get("quarter")),
                        facts.get("unit"), rows(view, header), generated, sentLocked);
            }
        }
        throw new ImportException(Place.file(fileName), Messages.get("form.error.noTable"));
    }

    private static void readMeta(SheetView view, Map<String, String> facts,
                                 Map<String, Map<ProgressField, String>> generated,
                                 Map<String, Map<LockedColumn, String>> sentLocked) {
        for (int r = 0; r <= Math.min(view.lastRow(), MAX_ROWS); r++) {
            String first = view.text(r, 0);
            if (first.startsWith("QYX-")) {
                Map<ProgressField, String> values = new EnumMap<>(ProgressField.class);
                for (int f = 0; f < FormSheet.FIELDS.size(); f++) {
                    values.put(FormSheet.FIELDS.get(f), view.text(r, 1 + f));
                }
                generated.put(first, values);
                if (!"1".equals(facts.get("version"))) {
                    Map<LockedColumn, String> locked = new EnumMap<>(LockedColumn.class);
                    for (int l = 0; l < FormWriter.WATCHED.size(); l++) {
                        locked.put(FormWriter.WATCHED.get(l), view.text(r, 1 + FormSheet.FIELDS.size() + l));
                    }
                    sentLocked.put(first, locked);
                }
            } else if (!first.isEmpty()) {
                facts.put(first, view.text(r, 1));
            }
        }
    }

    private static int headerRow(SheetView view) {
        for (int r = 0; r <= Math.min(view.lastRow(), HEADER_SEARCH_ROWS); r++) {
            for (int c = 0; c <= Math.max(0, view.lastColumn(r)); c++) {
                if (view.text(r, c).equals(FormWriter.keyHeader())) {
                    return r;
                }
            }
        }
        return -1;
    }

    private static List<ReturnedForm.Row> rows(SheetView view, int header) {
        List<String> headers = FormWriter.headers(1);
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c <= view.lastColumn(header); c++) {
            columns.putIfAbsent(view.text(header, c), c);
        }
        int key = columns.getOrDefault(FormWriter.keyHeader(), 0);
        int name = columns.getOrDefault(headers.get(FormWriter.NAME), -1);
        Map<LockedColumn, Integer> locked = lockedColumns(view, header, headers);
        Map<ProgressField, Integer> fields = new EnumMap<>(ProgressField.class);
        for (int f = 0; f < FormSheet.FIELDS.size(); f++) {
            Integer column = columns.get(headers.get(FormWriter.FIRST_FIELD + f));
            if (column != null) {
                fields.put(FormSheet.FIELDS.get(f), column);
            }
        }
        List<ReturnedForm.Row> rows = new ArrayList<>();
        for (int r = header + 1; r <= Math.min(view.lastRow(), header + MAX_ROWS); r++) {
            Map<ProgressField, String> values = new EnumMap<>(ProgressField.class);
            for (Map.Entry<ProgressField, Integer> field : fields.entrySet()) {
                values.put(field.getKey(), view.text(r, field.getValue()));
            }
            Map<LockedColumn, String> lockedTexts = new EnumMap<>(LockedColumn.class);
            for (Map.Entry<LockedColumn, Integer> column : locked.entrySet()) {
                lockedTexts.put(column.getKey(), view.text(r, column.getValue()));
            }
            ReturnedForm.Row row = new ReturnedForm.Row(r + 1, view.text(r, key), name < 0 ? "" : view.text(r, name),
                    values, lockedTexts);
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The locked columns still in the sheet; the milestone's header names the quarter, so its end is matched. */
    private static Map<LockedColumn, Integer> lockedColumns(SheetView view, int header, List<String> headers) {
        Map<LockedColumn, Integer> found = new EnumMap<>(LockedColumn.class);
        String milestone = Messages.get(LockedColumn.MILESTONE.labelKey());
        for (int c = view.lastColumn(header); c >= 0; c--) {
            String text = view.text(header, c);
            if (text.equals(headers.get(FormWriter.NAME))) {
                found.put(LockedColumn.NAME, c);
            } else if (text.endsWith(milestone)) {
                found.put(LockedColumn.MILESTONE, c);
            } else if (text.equals(Messages.get(LockedColumn.UNITS.labelKey()))) {
                found.put(LockedColumn.UNITS, c);
            } else if (text.equals(Messages.get(LockedColumn.PERSONS.labelKey()))) {
                found.put(LockedColumn.PERSONS, c);
            }
        }
        return found;
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
