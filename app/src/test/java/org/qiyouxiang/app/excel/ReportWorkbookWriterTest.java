package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.StatusPalette;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;
import org.qiyouxiang.app.core.report.PaginatedTable;
import org.qiyouxiang.app.core.report.QuarterReport;
import org.qiyouxiang.app.core.report.ReportHeading;
import org.qiyouxiang.app.core.report.ReportItem;
import org.qiyouxiang.app.core.report.ReportPages;
import org.qiyouxiang.app.core.report.Summaries;
import org.qiyouxiang.db.model.Status;

/** The report's workbook: official print setup, numbers as numbers, status colours, formulas never. */
class ReportWorkbookWriterTest {

    @TempDir
    Path folder;
    ReportPages pages;
    XSSFSheet progress;
    XSSFWorkbook workbook;

    @BeforeEach
    void write() throws Exception {
        ReportHeading heading = new ReportHeading(2024, 1, "嵊泗县公共服务“七优享”工程", "嵊泗县公共服务“七优享”工程工作专班办公室",
                LocalDate.of(2024, 4, 10));
        List<ReportItem> items = List.of(
                item(1, "=1+1", "@SUM(A1)", Status.LAGGING, new BigDecimal("70")),
                item(2, "普惠托育", "-未报送", Status.DONE, new BigDecimal("70.5")));
        QuarterReport report = new QuarterReport(heading, items, List.of(), Summaries.of(items, null), List.of());
        pages = ReportPages.of(report);
        Path out = folder.resolve("报告.xlsx");
        new ReportWorkbookWriter().write(pages, out);
        workbook = new XSSFWorkbook(out.toFile());
        progress = workbook.getSheetAt(0);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() {
        XSSFCell name = progress.getRow(3).getCell(3);
        XSSFCell done = progress.getRow(3).getCell(5);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo("=1+1");
        assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(done.getStringCellValue()).isEqualTo("@SUM(A1)");
        assertThat(progress.getRow(4).getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void percentagesAreNumbersShownAsPercent() {
        XSSFCell whole = progress.getRow(3).getCell(7);
        XSSFCell half = progress.getRow(4).getCell(7);
        assertThat(whole.getNumericCellValue()).isEqualTo(0.7);
        assertThat(whole.getCellStyle().getDataFormatString()).isEqualTo("0%");
        assertThat(half.getNumericCellValue()).isEqualTo(0.705);
        assertThat(half.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        XSSFSheet summary = workbook.getSheet("汇总");
        assertThat(summary.getRow(4).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void statusCellsAreFilledInThePaletteColours() {
        XSSFCellStyle lagging = progress.getRow(3).getCell(6).getCellStyle();
        assertThat(lagging.getFillForegroundColorColor().getARGBHex()).endsWith(StatusPalette.rgb(Tone.LAGGING.background()));
        assertThat(lagging.getFont().getXSSFColor().getARGBHex()).endsWith(StatusPalette.rgb(Tone.LAGGING.foreground()));
    }

    @Test
    void printsA4LandscapeOnePageWideWithTheHeaderOnEveryPage() {
        assertThat(progress.getPrintSetup().getLandscape()).isTrue();
        assertThat(progress.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
        assertThat(progress.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(progress.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(progress.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
        assertThat(progress.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
        assertThat(progress.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        assertThat(progress.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年嵊泗县公共服务“七优享”工程一季度进展情况");
        assertThat(progress.getRow(0).getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("方正小标宋简体");
        assertThat(progress.getRow(2).getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("黑体");
        assertThat(progress.getRow(3).getCell(3).getCellStyle().getFont().getFontName()).isEqualTo("仿宋_GB2312");
    }

    @Test
    void rowsAreAsTallAsThePagesCountThem() {
        PaginatedTable table = pages.tables().get(0);
        for (int r = 0; r < table.table().rowCount(); r++) {
            assertThat(progress.getRow(ReportWorkbookWriter.TABLE_OFFSET + r).getHeightInPoints())
                    .isEqualTo(table.height(r), org.assertj.core.data.Offset.offset(0.05f));
        }
        assertThat(progress.getRow(3).getCell(8).getCellStyle().getBorderBottom())
                .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
    }

    static ReportItem item(long id, String name, String done, Status status, BigDecimal percent) {
        return new ReportItem(id, "幼有善育", "重点任务", String.valueOf(id), name,
                List.of(new ReportItem.Line(null, "完成节点", "县卫健局", "董冬")), "完成节点", done, status,
                status.name(), Tone.valueOf(status.name()), false, percent, null, null, List.of("县卫健局"),
                List.of("董冬"));
    }
}
