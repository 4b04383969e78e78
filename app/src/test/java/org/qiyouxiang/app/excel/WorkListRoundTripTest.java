package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.db.model.WorkList;

/** The office's own sheet, imported and exported again, comes back cell for cell and merge for merge. */
class WorkListRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void sampleComesBackWithEveryCellTextAndMerge() throws Exception {
        WorkList list = new WorkListReader().read(Samples.workList(), OptionalInt.empty()).workList();
        Path exported = temp.resolve("导出 工作清单.xlsx");

        new WorkListWriter().write(list, exported);

        try (Workbook original = open(Samples.workList()); Workbook copy = open(exported)) {
            Sheet a = original.getSheetAt(0);
            Sheet b = copy.getSheetAt(0);
            assertThat(texts(b)).containsExactlyElementsOf(texts(a));
            assertThat(merges(b)).isEqualTo(merges(a));
        }
    }

    @Test
    void exportedWorkbookReadsBackToTheSameList() throws Exception {
        WorkList list = new WorkListReader().read(Samples.workList(), OptionalInt.empty()).workList();
        Path exported = temp.resolve("2024年 工作清单.xlsx");
        new WorkListWriter().write(list, exported);

        WorkList again = new WorkListReader().read(exported, OptionalInt.empty()).workList();

        assertThat(again.items()).isEqualTo(list.items());
        assertThat(again.year()).isEqualTo(2024);
    }

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    /** "A4=幼有善育" for every non-empty cell, in sheet order. */
    private static List<String> texts(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = formatter.formatCellValue(cell);
                if (!text.isEmpty()) {
                    texts.add(cell.getAddress().formatAsString() + "=" + text);
                }
            }
        }
        return texts;
    }

    private static Set<String> merges(Sheet sheet) {
        Set<String> merges = new TreeSet<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            merges.add(range.formatAsString());
        }
        return merges;
    }
}
