package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.report.QuarterReport;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.WorkItem;

/**
 * The 2024 sample after the year: the key-indicator item 每千人口拥有3岁以下婴幼儿托位数 (milestone 年度指标2.6),
 * reported in 进展填报 as reached, is linked to the indicator of the same name. When the actual recorded in 指标
 * says otherwise, the fourth quarter's report says 已完成 in part 1 and 未达标 on the key-indicator page: the
 * clerk is told so with the export, and the workbook stays as the official layout has it.
 */
class ReportIndicatorCheckTest {

    static final String ITEM = "每千人口拥有3岁以下婴幼儿托位数";

    @TempDir
    static Path folder;
    static Workspace workspace;
    static long indicatorId;

    @BeforeAll
    static void reportPlacesAsReached() throws Exception {
        Clock january = Clock.fixed(LocalDateTime.of(2025, 1, 10, 9, 0).atZone(SampleProgress.SHANGHAI).toInstant(),
                SampleProgress.SHANGHAI);
        workspace = Workspace.open(folder.resolve("data"), january);
        workspace.samples().load(folder.resolve("samples"));
        WorkItem item = workspace.workLists().workList(2024).orElseThrow().items().stream()
                .filter(i -> i.name().equals(ITEM)).findFirst().orElseThrow();
        var stored = workspace.progress().load(2024).orElseThrow().progress(item.id(), 4);
        workspace.progress().save(Change.of(stored, ProgressField.DONE_TEXT, "托位数达2.7个"));
        indicatorId = workspace.indicators().keyIndicators(2024).stream()
                .filter(r -> r.name().startsWith(ITEM)).findFirst().orElseThrow().id();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void anItemDoneWhoseIndicatorIsNotMetIsNamedWithBothValuesButNotWritten() throws Exception {
        workspace.indicators().recordActual(indicatorId, 2024, 4, "2.5", null, null);
        Path file = folder.resolve("2024年四季度进展情况.xlsx");

        ReportExport written = workspace.reports().export(2024, 4, file);

        String note = "“每千人口拥有3岁以下婴幼儿托位数”：工作清单进展为已完成，重点指标为未达标（实际 2.5，目标 2.6），请核对。";
        assertThat(written.checks()).containsExactly(note);
        assertThat(allText(file)).contains(ITEM).doesNotContain("请核对");
    }

    @Test
    void anItemDoneWhoseIndicatorIsMetGivesNoNote() throws Exception {
        workspace.indicators().recordActual(indicatorId, 2024, 4, "2.7", null, null);

        QuarterReport report = workspace.reports().report(2024, 4).orElseThrow();

        assertThat(report.items()).filteredOn(i -> i.name().equals(ITEM)).singleElement()
                .satisfies(i -> assertThat(i.statusLabel()).isEqualTo("已完成"));
        assertThat(report.checks()).isEmpty();
    }

    /** Every cell's text of every sheet, one string. */
    private static String allText(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
