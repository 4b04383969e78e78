package org.qiyouxiang.app.ui.progress;

import java.util.List;

/** Cells as Excel and WPS put them on the clipboard: tab-separated, a cell with a tab, line break or quote quoted. */
final class CellCopy {

    private CellCopy() {
    }

    static String tsv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append('\t');
                }
                text.append(quoted(row.get(c) == null ? "" : row.get(c)));
            }
            text.append("\r\n");
        }
        return text.toString();
    }

    private static String quoted(String cell) {
        if (cell.indexOf('\t') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('"') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
