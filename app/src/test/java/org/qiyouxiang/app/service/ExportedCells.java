package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The texts of a row of an exported workbook, for service tests that check what the clerk gets. */
final class ExportedCells {

    private ExportedCells() {
    }

    static List<String> row(Path file, int row) throws Exception {
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, true)) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            List<String> texts = new ArrayList<>();
            workbook.getSheetAt(0).getRow(row).forEach(cell -> texts.add(formatter.formatCellValue(cell)));
            return texts;
        }
    }
}
