package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator export's layout: the five-year table as the documents print it, then the year's actuals. */
class IndicatorWriterTest {

    private static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026, 2027);

    @TempDir
    Path temp;
    XSSFWorkbook workbook;
    XSSFSheet sheet;

    @BeforeEach
    void write() throws Exception {
        IndicatorSheet content = new IndicatorSheet("嵊泗县公共服务“七优享”工程五年目标", 2022, YEARS, 2024, List.of(
                row("幼有善育", "1", "*每千人口拥有3岁以下婴幼儿托位数(个)", "3.0", "2.65", "二季度", "达标", "实际 2.65，目标 2.6"),
                row("幼有善育", "2", "普惠托位占比(%)", "100", "", "", "待判断", "尚未填写实际值"),
                row("学有优教", "4", "通过全国学前教育普及普惠县省级评估率(%)", "100", "", "", "待判断", "尚未填写实际值")));
        Path file = temp.resolve("五年 目标.xlsx");
        new IndicatorWriter().write(content, file);
        workbook = new XSSFWorkbook(file.toFile());
        sheet = workbook.getSheetAt(0);
    }

    @AfterEach
    void close() throws Exception {
        workbook.close();
    }

    @Test
    void titleAndHeaderAsTheDocumentsWriteThem() {
        assertThat(text(0, 0)).isEqualTo("嵊泗县公共服务“七优享”工程五年目标");
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 12));
        assertThat(texts(1)).containsExactly("领域", "序号", "指标", "2022年", "2023年", "2024年", "2025年", "2026年",
                "2027年", "2024年实际值", "填报季度", "达标情况", "判断说明");
        assertThat(sheet.getSheetName()).isEqualTo("五年目标");
    }

    @Test
    void areasMergeDownOverTheirIndicatorsAndEveryTextIsAStringAsWritten() {
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(2, 3, 0, 0));
        assertThat(texts(2)).containsExactly("幼有善育", "1", "*每千人口拥有3岁以下婴幼儿托位数(个)", "3.0", "3.80", "<5",
                "全覆盖", "/", "", "2.65", "二季度", "达标", "实际 2.65，目标 2.6");
        assertThat(sheet.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.STRING);
        assertThat(text(4, 0)).isEqualTo("学有优教");
    }

    @Test
    void officialFontsAndThinBordersOnEveryTableCell() {
        Cell header = sheet.getRow(1).getCell(2);
        Cell body = sheet.getRow(3).getCell(8);
        assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getFontName()).isEqualTo("黑体");
        assertThat(workbook.getFontAt(body.getCellStyle().getFontIndex()).getFontName()).isEqualTo("仿宋_GB2312");
        for (int r = 1; r <= 4; r++) {
            for (int c = 0; c < 13; c++) {
                assertThat(sheet.getRow(r).getCell(c).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            }
        }
    }

    @Test
    void printsOnA4LandscapeOnePageWideWithTheHeaderOnEveryPage() {
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
        assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
    }

    @Test
    void rowsAreTallEnoughForTheirWrappedTexts() {
        float oneLine = RowHeights.pointsFor(1);
        assertThat(sheet.getRow(3).getHeightInPoints()).isEqualTo(oneLine);
        assertThat(sheet.getRow(4).getHeightInPoints()).isGreaterThan(oneLine);
    }

    private static IndicatorSheet.Row row(String area, String number, String name, String baseline, String actual,
                                          String quarter, String verdict, String reason) {
        Map<Integer, String> targets = new java.util.LinkedHashMap<>();
        List<String> texts = List.of("3.80", "<5", "全覆盖", "/", "");
        for (int i = 0; i < YEARS.size(); i++) {
            targets.put(YEARS.get(i), texts.get(i));
        }
        return new IndicatorSheet.Row(area, number, name, baseline, targets, quarter, actual, verdict, reason);
    }

    private String text(int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private List<String> texts(int row) {
        return java.util.stream.IntStream.range(0, 13).mapToObj(c -> text(row, c)).toList();
    }
}
