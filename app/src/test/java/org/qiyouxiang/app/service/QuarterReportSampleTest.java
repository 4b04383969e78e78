package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;
import org.qiyouxiang.app.core.report.IndicatorLine;
import org.qiyouxiang.app.core.report.ProjectLine;
import org.qiyouxiang.app.core.targets.Verdict;
import org.qiyouxiang.db.model.MajorProject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.report.QuarterReport;
import org.qiyouxiang.app.core.report.ReportItem;
import org.qiyouxiang.app.core.report.ReportPages;
import org.qiyouxiang.app.core.report.StatusCounts;
import org.qiyouxiang.app.core.report.Summary;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * The 2024 sample with Q1 and Q2 progress: the second quarter's report holds every item in the list's order,
 * its counts add up, and the .xlsx and .pdf written from it open and agree on their pages. The files are kept
 * in target/report-sample to be looked at.
 */
class QuarterReportSampleTest {

    static final Path KEEP = Path.of("target", "report-sample");

    @TempDir
    static Path folder;
    static Workspace workspace;
    static QuarterReport report;
    static WorkList list;

    @BeforeAll
    static void enterTwoQuarters() throws Exception {
        workspace = SampleProgress.open(folder);
        var key = workspace.indicators().keyIndicators(2024);
        workspace.indicators().recordActual(key.get(0).id(), 2024, 1, key.get(0).targetText(2024), null, null);
        workspace.indicators().recordActual(key.get(1).id(), 2024, 2, "60", null, null);
        workspace.indicators().recordActual(key.get(2).id(), 2024, 3, "3.1", null, null);
        long project = workspace.majorProjects().save(new MajorProject(null, "重大项目", "嵊泗县人民医院迁建工程", "县卫健局",
                new BigDecimal("6.5"), 2023, 2026, 1, Map.of(2024, new BigDecimal("2.0")), Map.of()));
        workspace.majorProjects().recordCompleted(project, 2024, 1, new BigDecimal("0.35"));
        workspace.majorProjects().recordCompleted(project, 2024, 2, new BigDecimal("0.6"));
        report = workspace.reports().report(2024, 2, LocalDate.of(2024, 7, 10)).orElseThrow();
        list = workspace.workLists().workList(2024).orElseThrow();
        Files.createDirectories(KEEP);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void partOneHoldsEveryItemOfTheListInOrder() {
        assertThat(report.items()).extracting(ReportItem::id)
                .containsExactlyElementsOf(list.items().stream().map(WorkItem::id).toList());
        assertThat(report.heading().quarterLabel()).isEqualTo("二季度");
        assertThat(ReportPages.of(report).tables().get(0).table().title())
                .isEqualTo("2024年嵊泗县公共服务“七优享”工程二季度进展情况");
    }

    @Test
    void summaryCountsAddUpToPartOne() {
        Summary summary = report.summary();
        StatusCounts total = summary.total();
        StatusCounts byAreas = summary.areas().stream().map(Summary.AreaCounts::counts)
                .reduce(StatusCounts.NONE, StatusCounts::plus);
        assertThat(byAreas).isEqualTo(total);
        assertThat(total.items()).isEqualTo(list.items().size());
        assertThat(total.done() + total.onTrack() + total.lagging() + total.notReported() + total.other())
                .isEqualTo(total.items());
        assertThat(total.lagging()).isEqualTo(report.lagging().size()).isPositive();
        assertThat(total.done()).isEqualTo(count(report, ReportItem.Bucket.DONE));
        assertThat(total.notReported()).isEqualTo(count(report, ReportItem.Bucket.NOT_REPORTED)).isPositive();
        assertThat(summary.previousAvailable()).isTrue();
        assertThat(summary.units()).allSatisfy(u -> assertThat(u.previousRank()).isNotNull());
    }

    @Test
    void excelReportOpensWithEveryItemAndItsMerges() throws Exception {
        Path file = KEEP.resolve("report-2024-q2.xlsx");
        ReportExport written = workspace.reports().export(report, file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            Sheet summary = workbook.getSheet("汇总");
            assertThat(summary.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(
                    report.summary().areas().get(0).counts().items());
            Sheet progress = workbook.getSheetAt(0);
            assertThat(progress.getSheetName()).isEqualTo("工作清单进展情况");
            List<String> names = new ArrayList<>();
            for (int r = 3; r <= progress.getLastRowNum(); r++) {
                Row row = progress.getRow(r);
                String name = row.getCell(3).getStringCellValue();
                if (!name.isEmpty() && (names.isEmpty() || !names.get(names.size() - 1).equals(name)
                        || !row.getCell(1).getStringCellValue().isEmpty())) {
                    names.add(name);
                }
            }
            assertThat(names).containsSubsequence(list.items().stream().map(WorkItem::name).toList());
            assertThat(progress.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(progress.getRowBreaks()).hasSize(written.pages() - 5 - countSinglePageSheets(workbook));
            assertThat(progress.getPrintSetup().getLandscape()).isTrue();
        }
        assertThat(written.pages()).isGreaterThan(4);
    }

    @Test
    void partOneMergesAreasKindsNumbersAndNamesAsTheWorkListDoes() throws Exception {
        Path reportFile = KEEP.resolve("report-2024-q2-merges.xlsx");
        Path listFile = folder.resolve("清单.xlsx");
        workspace.reports().export(report, reportFile);
        workspace.exports().export(2024, listFile);
        try (XSSFWorkbook reportBook = new XSSFWorkbook(reportFile.toFile());
             XSSFWorkbook listBook = new XSSFWorkbook(listFile.toFile())) {
            Sheet progress = reportBook.getSheetAt(0);
            List<Integer> pageStarts = new ArrayList<>();
            for (int b : progress.getRowBreaks()) {
                pageStarts.add(b + 1);
            }
            List<String> expected = new ArrayList<>();
            for (CellRangeAddress region : listBook.getSheetAt(0).getMergedRegions()) {
                if (region.getFirstRow() >= 3 && region.getLastColumn() <= 3) {
                    int from = region.getFirstRow();
                    for (int start : pageStarts) {
                        if (start > from && start <= region.getLastRow()) {
                            if (start - 1 > from) {
                                expected.add(new CellRangeAddress(from, start - 1, region.getFirstColumn(),
                                        region.getLastColumn()).formatAsString());
                            }
                            from = start;
                        }
                    }
                    if (region.getLastRow() > from) {
                        expected.add(new CellRangeAddress(from, region.getLastRow(), region.getFirstColumn(),
                                region.getLastColumn()).formatAsString());
                    }
                }
            }
            List<String> actual = progress.getMergedRegions().stream()
                    .filter(r -> r.getFirstRow() >= 3 && r.getLastColumn() <= 3)
                    .map(CellRangeAddress::formatAsString).toList();
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void libreOfficeConvertsTheWorkbookToTheSamePages() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice not installed");
        Path file = KEEP.resolve("report-2024-q2-lo.xlsx");
        ReportExport written = workspace.reports().export(report, file);
        Path out = folder.resolve("lo");
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(), "--convert-to", "pdf", "--outdir",
                out.toString(), file.toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        try (PDDocument pdf = Loader.loadPDF(out.resolve("report-2024-q2-lo.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(written.pages());
            assertThat(new PDFTextStripper().getText(pdf)).contains("二季度滞后事项清单");
        }
    }

    @Test
    void aFailedExportLeavesWhatWasThereAndSaysWhy() throws Exception {
        Path taken = folder.resolve("报告.xlsx");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("留着.txt"), "old");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workspace.reports().export(report, taken))
                .isInstanceOf(ExportException.class).hasMessageContaining("报告.xlsx").hasMessageContaining("原文件未被改动");
        assertThat(Files.readString(taken.resolve("留着.txt"))).isEqualTo("old");
        try (var left = Files.list(folder)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    private static int countSinglePageSheets(XSSFWorkbook workbook) {
        int breaks = 0;
        for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
            breaks += workbook.getSheetAt(s).getRowBreaks().length;
        }
        return breaks;
    }

    @Test
    void pdfHasThePagesWithChineseText() throws Exception {
        Path file = KEEP.resolve("report-2024-q2.pdf");
        ReportExport written = workspace.reports().export(report, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(written.pages()).isEqualTo(ReportPages.of(report).size());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            assertThat(first).contains("二季度进展情况").contains("第 1 页 共 " + written.pages() + " 页")
                    .contains(list.items().get(0).name().substring(0, 6));
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
        }
    }

    @Test
    void indicatorsAreJudgedWithActualsReportedByTheQuarter() {
        assertThat(report.indicators().get(0).verdict()).isEqualTo(Verdict.MET);
        assertThat(report.indicators().get(0).actualQuarter()).isEqualTo(1);
        assertThat(report.indicators().get(1).actual()).isEqualTo("60");
        assertThat(report.indicators().get(2).actual()).as("a third-quarter actual is not in the Q2 report").isEmpty();
    }

    @Test
    void keyIndicatorsComeAreaByAreaWithoutSplittingOne() {
        // The key table's 托位使用率 is not in the five-year table: it joins 幼有善育 instead of following 弱有众扶.
        assertThat(report.indicators()).extracting(IndicatorLine::name).startsWith(
                "每千人口拥有3岁以下婴幼儿托位数(个)", "0—3岁儿童发育监测筛查率(%)", "托位使用率(%)");
        List<String> areas = new ArrayList<>();
        for (IndicatorLine line : report.indicators()) {
            if (areas.isEmpty() || !areas.get(areas.size() - 1).equals(line.area())) {
                areas.add(line.area());
            }
        }
        assertThat(areas).containsExactly("幼有善育", "学有优教", "劳有所得", "病有良医", "老有康养", "住有宜居", "弱有众扶",
                "民生实事", "重大项目");
        assertThat(report.indicators()).hasSize(28);
    }

    @Test
    void majorProjectsAddUpTheYearSoFar() {
        assertThat(report.parts()).hasSize(5);
        ProjectLine line = report.projects().get(0);
        assertThat(line.quarter()).isEqualByComparingTo("0.6");
        assertThat(line.cumulative()).isEqualByComparingTo("0.95");
        assertThat(line.rate()).isEqualByComparingTo("0.475");
        assertThat(line.years()).isEqualTo("2023—2026");
    }

    @Test
    void dashboardChartsTheSameCounts() {
        Dashboard dashboard = DashboardService.of(report, workspace.forms().tracker(2024, 2));
        assertThat(dashboard.byArea()).isEqualTo(report.summary().areas());
        assertThat(dashboard.indicators().met()).isEqualTo(1);
        assertThat(dashboard.indicators().total()).isEqualTo(report.indicators().size());
        assertThat(dashboard.lagging()).hasSize(report.summary().total().lagging());
        assertThat(dashboard.returns().forms()).isEmpty();
    }

    private static long count(QuarterReport report, ReportItem.Bucket bucket) {
        return report.items().stream().filter(i -> i.bucket() == bucket).count();
    }
}
