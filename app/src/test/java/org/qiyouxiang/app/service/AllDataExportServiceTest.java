package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.db.model.MajorProject;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.TargetSource;
import org.qiyouxiang.db.model.WorkItem;

/**
 * 导出全部数据为 Excel on the 2024 sample with two quarters of progress, an actual, a major project and a text
 * that looks like a formula: what the clerk finds in each sheet. The file is kept in target/alldata-sample.
 */
class AllDataExportServiceTest {

    static final Path KEEP = Path.of("target", "alldata-sample");

    @TempDir
    static Path folder;
    static Workspace workspace;
    static List<WorkItem> items;
    static Path exported;
    static AllDataExport written;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void exportTheSample() throws Exception {
        workspace = SampleProgress.open(folder);
        items = workspace.workLists().workList(2024).orElseThrow().items();
        IndicatorRow nursery = workspace.indicators().indicators(2024).get(0);
        workspace.indicators().recordActual(nursery.id(), 2024, 2, "2.65", null, "县卫健局电话报送");
        workspace.indicators().updateTarget(nursery.id(), 2025, TargetSource.FIVE_YEAR, "3.80");
        ProgressBook book = workspace.progress().load(2024).orElseThrow();
        workspace.progress().save(Change.of(book.progress(items.get(0).id(), 3), ProgressField.DONE_TEXT,
                "=SUM(A1:A2) 已完成"));
        long project = workspace.majorProjects().save(new MajorProject(null, "重大项目", "嵊泗县人民医院迁建工程", "县卫健局",
                new BigDecimal("6.5"), 2023, 2026, 1, Map.of(2024, new BigDecimal("2.0")), Map.of()));
        workspace.majorProjects().recordCompleted(project, 2024, 1, new BigDecimal("0.35"));

        exported = folder.resolve("数据 副本").resolve("全部 数据.xlsx");
        written = workspace.allData().export(exported);
        workbook = new XSSFWorkbook(exported.toFile());
        Files.createDirectories(KEEP);
        Files.copy(exported, KEEP.resolve("all-data-2024.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
        workspace.close();
    }

    @Test
    void theSheetsAreNamedInChineseInTheirOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));

        assertThat(names).containsExactly("说明", "工作清单", "季度进展", "指标", "指标完成值", "重大项目", "修改记录");
    }

    @Test
    void theNotesSayWhatTheFileIsAndCountEverything() {
        Sheet notes = workbook.getSheet("说明");

        assertThat(texts(notes, 1).get(1)).startsWith("由“七优享工程进度管理”导出的全部数据副本");
        assertThat(texts(notes, 2)).containsExactly("工程", "嵊泗县公共服务“七优享”工程");
        assertThat(texts(notes, 4).get(1)).isEqualTo("2024-07-10 09:00:00");
        assertThat(texts(notes, 5)).containsExactly("工作清单", "91 项");
        assertThat(written.summary()).startsWith("已导出全部数据：工作清单 91 项，季度进展 " + written.progressRows() + " 条，")
                .endsWith("，重大项目 1 个");
    }

    @Test
    void theWorkListHasEveryItemInTheListsOrderWithAFrozenFilteredHeader() {
        Sheet sheet = workbook.getSheet("工作清单");

        assertThat(texts(sheet, 0)).containsExactly("年度", "专项", "类型", "序号", "名称", "一季度", "二季度", "三季度",
                "四季度", "牵头单位", "责任人", "编号");
        assertThat(sheet.getLastRowNum()).isEqualTo(91);
        List<String> names = new ArrayList<>();
        for (int r = 1; r <= 91; r++) {
            names.add(texts(sheet, r).get(4));
        }
        assertThat(names).isEqualTo(items.stream().map(WorkItem::name).toList());
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(workbook.getSheet("工作清单").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L92");
        assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
    }

    @Test
    void aMilestoneOverSeveralQuartersIsWrittenOnceAndReferredToAfter() {
        List<String> first = texts(workbook.getSheet("工作清单"), 1);

        assertThat(first.subList(5, 9)).containsExactly("年度指标2.6", "（见一季度）", "（见一季度）", "（见一季度）");
    }

    @Test
    void anOverriddenStatusIsShownWithItsSourceReasonAndNumbers() {
        Sheet sheet = workbook.getSheet("季度进展");
        WorkItem lagging = items.get(3);
        List<String> row = find(sheet, lagging.id(), "一季度");

        assertThat(row.subList(0, 10)).containsExactly("2024", "一季度", lagging.area(), lagging.number(),
                lagging.name(), "已按计划推进，完成一季度节点工作。", "滞后", "人工改判", "进度滞后", "28");
        assertThat(row.subList(10, 12)).containsExactly("项目前期手续办理较慢，资金尚未到位。", "加强部门协调，倒排工期，确保下季度赶上进度。");
        Row stored = sheet.getRow(rowOf(sheet, lagging.id(), "一季度"));
        assertThat(stored.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(stored.getCell(9).getNumericCellValue()).isEqualTo(28.0);
    }

    @Test
    void aTextThatLooksLikeAFormulaStaysText() {
        Sheet sheet = workbook.getSheet("季度进展");
        Cell done = sheet.getRow(rowOf(sheet, items.get(0).id(), "三季度")).getCell(5);

        assertThat(done.getCellType()).isEqualTo(CellType.STRING);
        assertThat(done.getStringCellValue()).isEqualTo("=SUM(A1:A2) 已完成");
        assertThat(done.getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void targetsStayAsWritten() {
        Sheet sheet = workbook.getSheet("指标");

        assertThat(texts(sheet, 0).subList(0, 12)).containsExactly("领域", "序号", "指标", "单位", "方向", "核心指标",
                "2022年（基期）", "2023年目标", "2024年目标", "2025年目标", "2026年目标", "2027年目标");
        List<String> nursery = texts(sheet, 1);
        assertThat(nursery.subList(0, 6)).containsExactly("幼有善育", "1", "每千人口拥有3岁以下婴幼儿托位数(个)", "个", "越高越好", "否");
        assertThat(nursery.get(6)).isEqualTo("3.0");
        assertThat(nursery.get(9)).isEqualTo("3.80");
        assertThat(sheet.getRow(1).getCell(9).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getLastRowNum()).isEqualTo(written.indicators()).isEqualTo(42);
    }

    @Test
    void anActualIsListedAsWrittenWithItsJudgement() {
        Sheet sheet = workbook.getSheet("指标完成值");

        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(texts(sheet, 1).subList(0, 9)).containsExactly("幼有善育", "1", "每千人口拥有3岁以下婴幼儿托位数(个)", "2024",
                "二季度", "2.65", "2.6", "达标", "实际 2.65，目标 2.6");
        assertThat(texts(sheet, 1).get(10)).isEqualTo("县卫健局电话报送");
    }

    @Test
    void majorProjectsShowTheYearsPlanAndCompletedInvestment() {
        Sheet sheet = workbook.getSheet("重大项目");

        assertThat(texts(sheet, 1).subList(0, 9)).containsExactly("重大项目", "嵊泗县人民医院迁建工程", "县卫健局", "6.5", "2023",
                "2026", "2024", "2", "0.35");
    }

    @Test
    void theChangeLogSpeaksTheClerksWordsNewestFirst() {
        Sheet sheet = workbook.getSheet("修改记录");

        assertThat(texts(sheet, 0)).containsExactly("时间", "操作人", "操作", "内容", "栏目", "原值", "新值");
        assertThat(sheet.getLastRowNum()).isEqualTo(written.changes()).isGreaterThan(100);
        List<String> lagging = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            List<String> row = texts(sheet, r);
            if (row.size() > 6 && row.get(4).equals("状态") && row.get(6).equals("滞后")) {
                lagging = row;
                break;
            }
        }
        assertThat(lagging.get(2)).isEqualTo("粘贴");
    }

    @Test
    void aFailedWriteLeavesTheFileThereAsItWasAndSaysWhy() throws Exception {
        Path taken = folder.resolve("已有 文件").resolve("全部 数据.xlsx");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("留着.txt"), "old", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> workspace.allData().export(taken)).isInstanceOf(ExportException.class)
                .hasMessageContaining("全部 数据.xlsx").hasMessageContaining("原文件未被改动");
        assertThat(Files.readString(taken.resolve("留着.txt"), StandardCharsets.UTF_8)).isEqualTo("old");
        try (var left = Files.list(taken.getParent())) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void aFolderThatIsAFileIsRefusedAndTheFileKept() throws Exception {
        Path notAFolder = folder.resolve("不是 文件夹.xlsx");
        Files.writeString(notAFolder, "上次导出的内容", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> workspace.allData().export(notAFolder.resolve("全部 数据.xlsx")))
                .isInstanceOf(ExportException.class).hasMessageContaining("原文件未被改动");
        assertThat(Files.readString(notAFolder, StandardCharsets.UTF_8)).isEqualTo("上次导出的内容");
    }

    @Test
    void anEmptyDataFolderHasNothingToExport(@TempDir Path empty) {
        try (Workspace nothing = Workspace.open(empty.resolve("数据"))) {
            assertThat(nothing.allData().hasData()).isFalse();
            assertThatThrownBy(() -> nothing.allData().export(empty.resolve("全部.xlsx")))
                    .isInstanceOf(ExportException.class).hasMessageStartingWith("数据库中还没有数据");
            assertThat(empty.resolve("全部.xlsx")).doesNotExist();
        }
    }

    private static List<String> find(Sheet sheet, long itemId, String quarter) {
        return texts(sheet, rowOf(sheet, itemId, quarter));
    }

    private static int rowOf(Sheet sheet, long itemId, String quarter) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            List<String> row = texts(sheet, r);
            if (row.get(1).equals(quarter) && row.get(row.size() - 1).equals(String.valueOf(itemId))) {
                return r;
            }
        }
        throw new AssertionError("no row for item " + itemId + " in " + quarter);
    }

    /** Every cell of a row as Excel shows it, empty cells as "". */
    private static List<String> texts(Sheet sheet, int row) {
        DataFormatter formatter = new DataFormatter();
        Row r = sheet.getRow(row);
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
            Cell cell = r.getCell(c);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }
}
