package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qiyouxiang.app.core.report.ReportCell;
import org.qiyouxiang.app.core.report.ReportTable;

/**
 * The benchmark's baseline: the same cells as the report, written by POI's SXSSF with nothing else (no
 * styles, merges, heights, print setup). What the report costs beyond it is what the office layout costs.
 */
public final class BareWorkbookWriter {

    private BareWorkbookWriter() {
    }

    public static void write(List<ReportTable> tables, Path out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ReportWorkbookWriter.WINDOW, false, false);
        try {
            for (ReportTable table : tables) {
                Sheet sheet = workbook.createSheet(table.part().sheetName());
                List<List<ReportCell>> rows = table.cellsByRow();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (ReportCell cell : rows.get(r)) {
                        row.createCell(cell.column()).setCellValue(cell.text());
                    }
                }
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        } finally {
            workbook.close();
        }
    }
}
