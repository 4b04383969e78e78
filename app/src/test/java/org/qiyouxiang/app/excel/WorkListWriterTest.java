package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** The exported work list has the office's layout: texts at their addresses, merges, print setup. */
class WorkListWriterTest {

    private static final String LONG_TEXT = "1.开展春节期间困难群众的救助帮扶和走访慰问工作。\n"
            + "2.做好春节期间企业用工保障工作。\n3.持续跟踪春节后企业复工复产工作。\n"
            + "4.开展春风行动系列招聘会。\n5.累计新开发公益性岗位20个以上。";

    @TempDir
    Path temp;

    private Workbook workbook;

    @AfterEach
    void close() throws IOException {
        if (workbook != null) {
            workbook.close();
        }
    }

    @Test
    void writesOneSheetNamedWorkList() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        assertThat(sheet.getSheetName()).isEqualTo("工作清单");
    }

    @Test
    void writesTheListsTitleAcrossTheTable() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(text(sheet, "A1")).isEqualTo("2024年嵊泗县公共服务“七优享”工程工作清单");
        assertThat(merges(sheet)).contains("A1:J1");
    }

    @Test
    void namesTheYearInTheTitleWhenTheListHasNone() throws IOException {
        WorkList untitled = new WorkList(null, 2025, null, null, sampleList().items());

        Sheet sheet = export(untitled);

        assertThat(text(sheet, "A1")).isEqualTo("2025年公共服务“七优享”工程工作清单");
    }

    @Test
    void writesTwoHeaderRowsWithTheQuartersUnderTheSchedule() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(rowTexts(sheet, 2)).containsExactly(
                "A2=专项名称", "B2=序号", "C2=类型", "D2=名称", "E2=工作时序", "I2=牵头单位", "J2=责任人");
        assertThat(rowTexts(sheet, 3)).containsExactly("E3=一季度", "F3=二季度", "G3=三季度", "H3=四季度");
        assertThat(merges(sheet)).contains("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3", "J2:J3");
    }

    @Test
    void writesOneRowPerItemLineWithItsTexts() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(rowTexts(sheet, 4)).containsExactly("A4=幼有善育", "B4=1", "C4=重点指标",
                "D4=每千人口拥有3岁以下婴幼儿托位数", "E4=年度指标2.6", "I4=县卫健局", "J4=董冬");
        assertThat(rowTexts(sheet, 7)).containsExactly("E7=开展医疗机构与托育机构签约服务。", "I7=县教育局");
        assertThat(rowTexts(sheet, 12)).containsExactly("B12=1", "C12=民生实事", "D12=新增残疾人就业24人以上",
                "E12=实施进度 50%", "F12=实施进度 100%", "I12=县残联", "J12=陈钢军");
        assertThat(sheet.getLastRowNum()).isEqualTo(11);
    }

    @Test
    void mergesExactlyTheRegionsOfTheOfficeLayout() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(merges(sheet)).isEqualTo(new TreeSet<>(Set.of(
                "A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3", "J2:J3",
                "E4:H4", "G5:H5",
                "A4:A10", "C4:C5", "C6:C10", "B6:B8", "D6:D8", "B9:B10",
                "A11:A12")));
    }

    @Test
    void mergesTheAreaDownOverItsRowsAndWritesItOnce() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(merges(sheet)).contains("A4:A10", "A11:A12");
        assertThat(columnTexts(sheet, "A")).containsExactly("A4=幼有善育", "A11=学有优教");
    }

    @Test
    void mergesTheKindDownOverARunOfItemsOfThatKind() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(merges(sheet)).contains("C4:C5", "C6:C10").doesNotContain("C11:C12");
        assertThat(columnTexts(sheet, "C"))
                .containsExactly("C4=重点指标", "C6=重点任务", "C11=重点任务", "C12=民生实事");
    }

    @Test
    void mergesNumberAndNameOverContinuationLinesWithoutOwnNames() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(merges(sheet)).contains("B6:B8", "D6:D8");
        assertThat(text(sheet, "D6")).isEqualTo("推进普惠托育服务体系建设");
    }

    @Test
    void givesAContinuationLineWithItsOwnNameItsOwnNameCell() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(text(sheet, "D9")).isEqualTo("在公共场所新增配置自动体外除颤仪20台");
        assertThat(text(sheet, "D10")).isEqualTo("培训急救救护人员100人以上");
        assertThat(merges(sheet)).contains("B9:B10").noneMatch(range -> range.startsWith("D9"));
    }

    @Test
    void mergesAMilestoneAcrossTheQuartersItSpans() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(text(sheet, "G5")).isEqualTo("全年推进");
        assertThat(merges(sheet)).contains("E4:H4", "G5:H5");
    }

    @Test
    void leavesAQuarterWithoutMilestoneEmpty() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(text(sheet, "F7")).isEmpty();
        assertThat(text(sheet, "G7")).isEmpty();
        assertThat(text(sheet, "J7")).isEmpty();
    }

    @Test
    void writesMilestoneTextsExactlyAsWritten() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(text(sheet, "F5")).isEqualTo("/");
        assertThat(text(sheet, "E11")).isEqualTo(LONG_TEXT);
    }

    @Test
    void writesATextStartingWithAnEqualsSignAsAString() throws IOException {
        Sheet sheet = export(sampleList());

        Cell cell = cell(sheet, "E5");
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo("=1+1");
    }

    @Test
    void joinsUnitsAndPersonsWhenTheirTextWasNotKept() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(text(sheet, "I5")).isEqualTo("县卫健局、县民政局");
        assertThat(text(sheet, "J5")).isEqualTo("董冬 陈海明");
    }

    @Test
    void keepsUnitsAndPersonsAsWrittenWhenTheirTextWasKept() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(text(sheet, "I11")).isEqualTo("县公共服务七优享工程工作专班办公室、县民政局");
        assertThat(text(sheet, "J11")).isEqualTo("韩娜  陈海明");
    }

    @Test
    void drawsThinBordersOnEveryTableCellIncludingMergedAndEmptyOnes() throws IOException {
        Sheet sheet = export(sampleList());

        for (int row = 1; row <= sheet.getLastRowNum(); row++) {
            for (int column = 0; column < 10; column++) {
                CellStyle style = sheet.getRow(row).getCell(column).getCellStyle();
                assertThat(List.of(style.getBorderTop(), style.getBorderBottom(),
                        style.getBorderLeft(), style.getBorderRight()))
                        .as("borders of %s", new CellReference(row, column).formatAsString())
                        .containsOnly(BorderStyle.THIN);
            }
        }
    }

    @Test
    void usesTheFontsOfOfficialDocuments() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(fontOf(cell(sheet, "A1"))).isEqualTo("方正小标宋简体 18");
        assertThat(fontOf(cell(sheet, "E3"))).isEqualTo("黑体 11 bold");
        assertThat(fontOf(cell(sheet, "E4"))).isEqualTo("仿宋_GB2312 11");
        assertThat(cell(sheet, "E4").getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void setsTheColumnWidthsOfTheOfficeSheet() throws IOException {
        Sheet sheet = export(sampleList());

        int[] widths = new int[10];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = sheet.getColumnWidth(column);
        }
        assertThat(widths).containsExactly(3072, 1792, 2560, 6656, 8192, 8192, 8192, 8192, 4096, 3072);
    }

    @Test
    void makesARowWithLongTextTallerThanAOneLineRow() throws IOException {
        Sheet sheet = export(sampleList());

        float longRow = sheet.getRow(10).getHeightInPoints();
        float oneLineRow = sheet.getRow(11).getHeightInPoints();
        assertThat(oneLineRow).isEqualTo(19f);
        assertThat(longRow).isGreaterThanOrEqualTo(5 * 15f + 4);
    }

    @Test
    void printsOnA4LandscapeOnePageWide() throws IOException {
        Sheet sheet = export(sampleList());

        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getHorizontallyCenter()).isTrue();
    }

    @Test
    void repeatsBothHeaderRowsOnEveryPage() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:3"));
    }

    @Test
    void numbersThePagesInTheFooter() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
    }

    @Test
    void freezesTheRowsAboveTheFirstItem() throws IOException {
        Sheet sheet = export(sampleList());

        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
    }

    @Test
    void writesTitleAndHeaderOnlyForAListWithoutItems() throws IOException {
        Sheet sheet = export(new WorkList(null, 2024, "空清单", null, List.of()));

        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        assertThat(text(sheet, "A1")).isEqualTo("空清单");
    }

    // --- the list the tests export --------------------------------------------------------

    /**
     * Rows 4–10 幼有善育: two key indicators, then key tasks: one of three lines without own
     * names (rows 6–8), one whose second line has its own name (rows 9–10).
     * Rows 11–12 学有优教: a key task with a long milestone, a livelihood project.
     */
    private static WorkList sampleList() {
        List<WorkItem> items = List.of(
                item("幼有善育", ItemKind.KEY_INDICATOR, "1", "每千人口拥有3岁以下婴幼儿托位数",
                        line(null, List.of("县卫健局"), List.of("董冬"), new Milestone(1, 4, "年度指标2.6"))),
                item("幼有善育", ItemKind.KEY_INDICATOR, "2", "托位使用率",
                        line(null, List.of("县卫健局", "县民政局"), List.of("董冬", "陈海明"),
                                Milestone.single(1, "=1+1"), Milestone.single(2, "/"),
                                new Milestone(3, 4, "全年推进"))),
                item("幼有善育", ItemKind.KEY_TASK, "1", "推进普惠托育服务体系建设",
                        line(null, List.of("县卫健局"), List.of("董冬"), Milestone.single(1, "全面实施规划。")),
                        line(null, List.of("县教育局"), List.of(), Milestone.single(1, "开展医疗机构与托育机构签约服务。")),
                        line(null, List.of("县卫健局"), List.of("董冬"), Milestone.single(4, "总结提炼创新亮点。"))),
                item("幼有善育", ItemKind.KEY_TASK, "2", "在公共场所新增配置自动体外除颤仪20台",
                        line(null, List.of("县卫健局"), List.of("董冬"), Milestone.single(1, "完成新增计划数量的 100%")),
                        line("培训急救救护人员100人以上", List.of("县红十字会"), List.of("董冬"),
                                Milestone.single(1, "完成培训"))),
                new WorkItem(null, "学有优教", ItemKind.KEY_TASK, null, "1", "实施海岛县“强师计划”", List.of(
                        new ItemLine(null, "县公共服务七优享工程工作专班办公室、县民政局", List.of("县民政局"),
                                "韩娜  陈海明", List.of("韩娜", "陈海明"), List.of(Milestone.single(1, LONG_TEXT))))),
                item("学有优教", ItemKind.LIVELIHOOD, "1", "新增残疾人就业24人以上",
                        line(null, List.of("县残联"), List.of("陈钢军"),
                                Milestone.single(1, "实施进度 50%"), Milestone.single(2, "实施进度 100%"))));
        return new WorkList(null, 2024, "2024年嵊泗县公共服务“七优享”工程工作清单", "清单.xlsx", items);
    }

    private static WorkItem item(String area, ItemKind kind, String number, String name, ItemLine... lines) {
        return new WorkItem(null, area, kind, null, number, name, List.of(lines));
    }

    private static ItemLine line(String ownName, List<String> units, List<String> persons, Milestone... milestones) {
        return new ItemLine(ownName, null, units, null, persons, List.of(milestones));
    }

    // --- reading the exported file -----------------------------------------------------------

    private Sheet export(WorkList list) throws IOException {
        Path file = temp.resolve("2024年 工作清单.xlsx");
        new WorkListWriter().write(list, file);
        workbook = WorkbookFactory.create(file.toFile(), null, true);
        return workbook.getSheetAt(0);
    }

    private static Cell cell(Sheet sheet, String address) {
        CellReference reference = new CellReference(address);
        return sheet.getRow(reference.getRow()).getCell(reference.getCol());
    }

    private static String text(Sheet sheet, String address) {
        return new DataFormatter().formatCellValue(cell(sheet, address));
    }

    /** "E3=一季度" for every cell of a row (counted from 1) that holds text. */
    private static List<String> rowTexts(Sheet sheet, int rowNumber) {
        return texts(sheet).entrySet().stream()
                .filter(e -> new CellReference(e.getKey()).getRow() == rowNumber - 1)
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private static List<String> columnTexts(Sheet sheet, String column) {
        return texts(sheet).entrySet().stream()
                .filter(e -> e.getKey().matches(column + "\\d+") && new CellReference(e.getKey()).getRow() > 2)
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private static Map<String, String> texts(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = formatter.formatCellValue(cell);
                if (!text.isEmpty()) {
                    texts.put(cell.getAddress().formatAsString(), text);
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

    private String fontOf(Cell cell) {
        var font = workbook.getFontAt(cell.getCellStyle().getFontIndex());
        return font.getFontName() + " " + font.getFontHeightInPoints() + (font.getBold() ? " bold" : "");
    }
}
