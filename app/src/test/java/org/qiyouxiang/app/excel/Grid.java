package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet as texts and merged regions, for tests that build the shapes offices send from the sample:
 * rows and columns moved, headers renamed, merges undone into repeated values, sheets split.
 */
public final class Grid {

    final List<List<String>> rows = new ArrayList<>();
    final List<CellRangeAddress> merges = new ArrayList<>();
    /** Whether plain numbers are written as numeric cells displaying their decimals (3.80), as the office's files hold them. */
    boolean numeric;

    public static Grid load(Path file) throws IOException {
        Grid grid = new Grid();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                List<String> texts = new ArrayList<>();
                Row row = sheet.getRow(r);
                int last = row == null ? 0 : row.getLastCellNum();
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    texts.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                grid.rows.add(texts);
            }
            grid.merges.addAll(sheet.getMergedRegions());
        }
        return grid;
    }

    /** Writes plain numbers as numeric cells formatted to show the decimals they were written with. */
    Grid numbersAsNumericCells() {
        numeric = true;
        return this;
    }

    Grid copy() {
        Grid grid = new Grid();
        grid.numeric = numeric;
        rows.forEach(r -> grid.rows.add(new ArrayList<>(r)));
        merges.forEach(m -> grid.merges.add(m.copy()));
        return grid;
    }

    String get(int r, int c) {
        List<String> row = rows.get(r);
        return c < row.size() ? row.get(c) : "";
    }

    public Grid set(int r, int c, String text) {
        List<String> row = rows.get(r);
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, text);
        return this;
    }

    /** Replaces a header text wherever it is in the first rows. */
    Grid rename(String from, String to) {
        for (int r = 0; r < Math.min(rows.size(), 5); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (get(r, c).equals(from)) {
                    set(r, c, to);
                }
            }
        }
        return this;
    }

    /** Inserts rows at an index, shifting merges below. */
    Grid insertRows(int at, List<List<String>> newRows) {
        rows.addAll(at, newRows.stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        int n = newRows.size();
        for (CellRangeAddress m : merges) {
            if (m.getFirstRow() >= at) {
                m.setFirstRow(m.getFirstRow() + n);
                m.setLastRow(m.getLastRow() + n);
            }
        }
        return this;
    }

    /** Undoes the vertical merges of the given columns, writing the value on every row instead. */
    Grid repeatMergedDown(int... columns) {
        for (int c : columns) {
            List<CellRangeAddress> down = merges.stream()
                    .filter(m -> m.getFirstColumn() == c && m.getLastColumn() == c && m.getLastRow() > m.getFirstRow())
                    .toList();
            for (CellRangeAddress m : down) {
                for (int r = m.getFirstRow() + 1; r <= m.getLastRow(); r++) {
                    set(r, c, get(m.getFirstRow(), c));
                }
            }
            merges.removeAll(down);
        }
        return this;
    }

    /** Drops a column, shifting merges left. Merges on the column itself are removed. */
    Grid dropColumn(int column) {
        rows.forEach(r -> {
            if (column < r.size()) {
                r.remove(column);
            }
        });
        merges.removeIf(m -> m.getFirstColumn() == column && m.getLastColumn() == column);
        for (CellRangeAddress m : merges) {
            if (m.getFirstColumn() > column) {
                m.setFirstColumn(m.getFirstColumn() - 1);
                m.setLastColumn(m.getLastColumn() - 1);
            } else if (m.getLastColumn() >= column) {
                m.setLastColumn(m.getLastColumn() - 1);
            }
        }
        return this;
    }

    /** The rows whose index passes the test, with merges kept where wholly inside a kept block. */
    Grid keepRows(Predicate<Integer> keep) {
        Grid grid = new Grid();
        grid.numeric = numeric;
        Map<Integer, Integer> newIndex = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            if (keep.test(r)) {
                newIndex.put(r, grid.rows.size());
                grid.rows.add(new ArrayList<>(rows.get(r)));
            }
        }
        for (CellRangeAddress m : merges) {
            boolean all = true;
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                all &= newIndex.containsKey(r);
            }
            if (all) {
                grid.merges.add(new CellRangeAddress(newIndex.get(m.getFirstRow()), newIndex.get(m.getLastRow()),
                        m.getFirstColumn(), m.getLastColumn()));
            }
        }
        return grid;
    }

    public void write(Path file) throws IOException {
        writeSheets(file, Map.of("工作清单", this));
    }

    /** Writes sheets in order; a file name ending in .xls gets the old binary format. */
    static void writeSheets(Path file, Map<String, Grid> sheets) throws IOException {
        try (Workbook workbook = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Map<Integer, CellStyle> numberStyles = new HashMap<>();
            for (var entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                Grid grid = entry.getValue();
                for (int r = 0; r < grid.rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < grid.rows.get(r).size(); c++) {
                        String text = grid.get(r, c);
                        if (grid.numeric && PLAIN_NUMBER.matcher(text).matches()) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(Double.parseDouble(text));
                            cell.setCellStyle(numberStyles.computeIfAbsent(decimals(text), d -> numberStyle(workbook, d)));
                        } else if (!text.isEmpty()) {
                            row.createCell(c).setCellValue(text);
                        }
                    }
                }
                grid.merges.forEach(sheet::addMergedRegion);
            }
            workbook.write(out);
        }
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private static int decimals(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    private static CellStyle numberStyle(Workbook workbook, int decimals) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
        return style;
    }
}
