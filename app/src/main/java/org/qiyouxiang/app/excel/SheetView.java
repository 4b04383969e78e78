package org.qiyouxiang.app.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet read the way the clerk sees it: a cell shows its text as displayed (3.80 stays 3.80, a
 * formula its last value), and every cell of a merged region shows the region's text.
 */
final class SheetView {

    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter();
    private final Map<Long, CellRangeAddress> merges = new HashMap<>();

    SheetView(Sheet sheet) {
        this.sheet = sheet;
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            // Merged regions of a damaged or hostile file could be huge; index the cells of sane ones only.
            if ((long) (range.getLastRow() - range.getFirstRow() + 1) * (range.getLastColumn() - range.getFirstColumn() + 1)
                    > 10_000) {
                continue;
            }
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    merges.put(key(r, c), range);
                }
            }
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    /** The text shown in a cell (0-based row and column), trimmed; a merged cell shows its region's text. */
    String text(int row, int column) {
        CellRangeAddress range = merges.get(key(row, column));
        if (range != null) {
            return rawText(range.getFirstRow(), range.getFirstColumn());
        }
        return rawText(row, column);
    }

    /** The merged region a cell belongs to, or null. */
    CellRangeAddress region(int row, int column) {
        return merges.get(key(row, column));
    }

    /** True when the cell is merged with the cell above it. */
    boolean continuesAbove(int row, int column) {
        CellRangeAddress range = merges.get(key(row, column));
        return range != null && range.getFirstRow() < row;
    }

    /** True when the cell is merged with the cell to its left. */
    boolean continuesLeft(int row, int column) {
        CellRangeAddress range = merges.get(key(row, column));
        return range != null && range.getFirstColumn() < column;
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    private String rawText(int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null) {
            return "";
        }
        return clean(displayed(cell));
    }

    private String displayed(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        // A formula shows its last computed value; the importer never evaluates anything.
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** Only trimmed: the writer's line breaks and characters stay. Windows line ends become \n. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        return t.strip();
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
