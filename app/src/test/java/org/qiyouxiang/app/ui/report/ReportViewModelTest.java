package org.qiyouxiang.app.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.core.report.ReportPages;
import org.qiyouxiang.app.service.PendingImport;
import org.qiyouxiang.app.service.ReportService;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.main.Interaction;
import org.qiyouxiang.app.ui.main.MainViewModel;
import org.qiyouxiang.app.ui.progress.PastePreview;
import org.qiyouxiang.app.ui.progress.ProgressInteraction;
import org.qiyouxiang.app.ui.progress.ProgressViewModel;
import org.qiyouxiang.app.ui.task.SameThreadTaskRunner;
import org.qiyouxiang.db.model.Status;

/** The 报告 menu's commands without a window: what is written, what the clerk is shown, what is stored. */
class ReportViewModelTest {

    /** Columns of a fill-in form: H 完成情况; data from the fourth row (see FormWriter). */
    static final int DONE = 8;
    static final int FIRST_ROW = 3;

    @TempDir
    Path temp;

    final Clerk clerk = new Clerk();
    MainViewModel main;
    ProgressViewModel progress;
    ReportViewModel report;

    @BeforeEach
    void openTheSample() {
        main = new MainViewModel(temp.resolve("数据"), new SameThreadTaskRunner(), clerk);
        progress = new ProgressViewModel(main, clerk);
        report = new ReportViewModel(main, clerk, () -> LocalDate.of(2024, 5, 6));
        main.start(true, () -> { });
    }

    @AfterEach
    void close() {
        main.close();
    }

    @Test
    void suggestsTheYearShownAndTheQuarterOfToday() {
        assertThat(report.suggested()).isEqualTo(new QuarterChoice(2024, 2));
    }

    @Test
    void exportsTheReportAsPdfWithAllItsPagesAndSaysWhere() throws Exception {
        Path pdf = temp.resolve("报告 文件").resolve("2024年一季度进展情况.pdf");
        Files.createDirectories(pdf.getParent());

        report.export(new QuarterChoice(2024, 1), pdf);

        int pages = pages(2024, 1).size();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
        }
        assertThat(clerk.exported).containsExactly(pdf);
        assertThat(clerk.summaries.get(0)).startsWith("已导出 2024 年一季度进展报告（共 " + pages + " 页）");
        assertThat(main.statusProperty().get()).isEqualTo("已导出 2024 年一季度进展报告（共 " + pages + " 页）");
    }

    @Test
    void aStandInFontIsToldOnceNotAtEveryExport() throws Exception {
        report.export(new QuarterChoice(2024, 1), temp.resolve("一.pdf"));
        report.export(new QuarterChoice(2024, 1), temp.resolve("二.pdf"));

        assertThat(clerk.summaries.get(1)).isEqualTo("已导出 2024 年一季度进展报告（共 " + pages(2024, 1).size() + " 页）");
    }

    @Test
    void exportsTheReportAsAWorkbookWhenTheNameSaysXlsx() throws Exception {
        Path xlsx = temp.resolve("2024年二季度进展情况.xlsx");

        report.export(new QuarterChoice(2024, 2), xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("工作清单进展情况");
        }
        assertThat(clerk.summaries).singleElement().asString().startsWith("已导出 2024 年二季度进展报告（共 "
                + pages(2024, 2).size() + " 页）");
    }

    @Test
    void generatesOneFormPerUnitInAFolderOfTheQuarterAndSaysHowMany() throws Exception {
        report.generateForms(new QuarterChoice(2024, 2), temp);

        Path folder = temp.resolve("2024年二季度填报表");
        int units = book().units().size();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".xlsx")).count()).isEqualTo(units);
        }
        assertThat(clerk.formsFolders).containsExactly(folder);
        // 94 rows for 91 items: an item led by two units is a row in each unit's form, and the clerk is told why.
        assertThat(clerk.formsSummaries).singleElement().asString().isEqualTo("已生成2024年二季度填报表 " + units
                + " 份，共 94 行；几个单位共同牵头的事项，在每个单位的表中各占一行。");
    }

    @Test
    void returnedFormsArePreviewedCellByCellStoredAsOneStepAndUndone() throws Exception {
        report.generateForms(new QuarterChoice(2024, 2), temp);
        Path health = returned("县卫健局_2024年二季度进展填报表.xlsx", "新增托位 120 个。");
        int version = main.progressVersionProperty().get();

        report.importReturns(List.of(health));

        ReturnsPreview preview = clerk.previews.get(0);
        assertThat(preview.summary()).isEqualTo("共 1 份填报表，可导入 1 份：修改 1 处，0 处未导入。请核对后再导入。");
        ReturnsPreview.FileLine file = preview.files().get(0);
        assertThat(file.unit()).isEqualTo("县卫健局");
        assertThat(file.quarter()).isEqualTo("2024年二季度");
        assertThat(file.state()).isEqualTo("修改 1 处");
        assertThat(file.changes()).containsExactly(new ReturnsPreview.ChangeLine("第 4 行",
                "每千人口拥有3岁以下婴幼儿托位数", "完成情况", "（空）", "新增托位 120 个。"));
        long item = book().items().get(0).id();
        assertThat(book().progress(item, 2).doneText()).isEqualTo("新增托位 120 个。");
        assertThat(main.progressVersionProperty().get()).isGreaterThan(version);
        assertThat(progress.history().undoTextProperty().get()).isEqualTo("撤销：导入填报表，修改 1 处（Ctrl+Z）");

        progress.editor().undo();

        assertThat(book().progress(item, 2).doneText()).isNull();
        assertThat(progress.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void aCancelledPreviewStoresNothing() throws Exception {
        report.generateForms(new QuarterChoice(2024, 2), temp);
        Path health = returned("县卫健局_2024年二季度进展填报表.xlsx", "新增托位 120 个。");
        clerk.confirm = false;

        report.importReturns(List.of(health));

        assertThat(book().progress(book().items().get(0).id(), 2).doneText()).isNull();
        assertThat(main.statusProperty().get()).isEqualTo("已取消导入填报表，数据未改动。");
        assertThat(progress.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void theTrackerSaysWhoHasNotReturnedTheirForm() throws Exception {
        TrackerViewModel tracker = new TrackerViewModel(report);
        tracker.start();
        assertThat(tracker.lines()).isEmpty();

        report.generateForms(new QuarterChoice(2024, 2), temp);
        report.importReturns(List.of(returned("县卫健局_2024年二季度进展填报表.xlsx", "新增托位 120 个。")));

        int units = book().units().size();
        assertThat(tracker.summaryProperty().get()).isEqualTo("已发出 " + units + " 份，已收回 1 份，未收回 "
                + (units - 1) + " 份");
        assertThat(tracker.missingProperty().get()).startsWith("未收回：").doesNotContain("县卫健局")
                .contains("县教育局");
        assertThat(tracker.lines()).filteredOn(l -> l.unit().equals("县卫健局")).singleElement()
                .satisfies(l -> assertThat(l.state()).isEqualTo("已导入"))
                .satisfies(l -> assertThat(l.changes()).isEqualTo("1"))
                .satisfies(l -> assertThat(l.outstanding()).isFalse());
        assertThat(tracker.lines()).filteredOn(TrackerRows.Line::outstanding).hasSize(units - 1);

        tracker.choiceProperty().set(new QuarterChoice(2024, 1));
        assertThat(tracker.lines()).isEmpty();
        assertThat(tracker.summaryProperty().get()).isEqualTo("已发出 0 份，已收回 0 份，未收回 0 份");
    }

    @Test
    void theTrackerOpensAtTheQuarterWhoseFormsWentOutLast() throws Exception {
        // Generated in an earlier session (or by the command line): today is in the second quarter, but the
        // forms being collected are the first quarter's.
        main.workspaceProperty().get().forms().generate(2024, 1, temp);
        TrackerViewModel tracker = new TrackerViewModel(report);
        assertThat(tracker.choiceProperty().get()).isEqualTo(new QuarterChoice(2024, 2));

        tracker.start();

        assertThat(tracker.choiceProperty().get()).isEqualTo(new QuarterChoice(2024, 1));
        assertThat(tracker.lines()).hasSize(book().units().size());
    }

    @Test
    void theOpenTrackerTurnsToTheQuarterWhoseFormsAreGenerated() throws Exception {
        TrackerViewModel tracker = new TrackerViewModel(report);
        tracker.start();
        assertThat(tracker.choiceProperty().get()).isEqualTo(new QuarterChoice(2024, 2));

        report.generateForms(new QuarterChoice(2024, 3), temp);

        assertThat(tracker.choiceProperty().get()).isEqualTo(new QuarterChoice(2024, 3));
        assertThat(tracker.summaryProperty().get()).startsWith("已发出 " + book().units().size() + " 份");
    }

    @Test
    void theClerkRenamesTheReportingOfficeAndAnEmptyNameGoesBackToTheCountys() {
        List<String> offered = new ArrayList<>();
        int version = main.progressVersionProperty().get();

        report.changeOfficeName(current -> {
            offered.add(current);
            return Optional.of(" 嵊泗县七优享工程专班 ");
        });

        assertThat(offered).containsExactly("嵊泗县公共服务“七优享”工程工作专班办公室");
        assertThat(main.workspaceProperty().get().reports().officeName()).isEqualTo("嵊泗县七优享工程专班");
        assertThat(main.statusProperty().get()).startsWith("报送单位已改为“嵊泗县七优享工程专班”");
        assertThat(main.progressVersionProperty().get()).as("open previews redraw").isGreaterThan(version);

        report.changeOfficeName(current -> Optional.of(""));
        assertThat(main.workspaceProperty().get().reports().officeName())
                .isEqualTo("嵊泗县公共服务“七优享”工程工作专班办公室");

        report.changeOfficeName(current -> Optional.empty());
        assertThat(main.workspaceProperty().get().reports().officeName())
                .isEqualTo("嵊泗县公共服务“七优享”工程工作专班办公室");
    }

    @Test
    void theReportOffersTheQuarterTheClerkTurnedToLast() {
        assertThat(report.suggested()).isEqualTo(new QuarterChoice(2024, 2));
        progress.quarterProperty().set(3);
        assertThat(report.suggested()).isEqualTo(new QuarterChoice(2024, 3));

        PrintPreviewModel preview = new PrintPreviewModel(report);
        preview.start();
        assertThat(preview.choiceProperty().get()).isEqualTo(new QuarterChoice(2024, 3));

        preview.choiceProperty().set(new QuarterChoice(2024, 1));
        assertThat(report.suggested()).isEqualTo(new QuarterChoice(2024, 1));
        TrackerViewModel tracker = new TrackerViewModel(report);
        assertThat(tracker.choiceProperty().get()).isEqualTo(new QuarterChoice(2024, 1));
    }

    @Test
    void thePreviewSaysWhatToCheckBeforePrintingAndForgetsItOnceMended() throws Exception {
        String item = "每千人口拥有3岁以下婴幼儿托位数";
        long itemId = book().items().stream().filter(i -> i.name().equals(item)).findFirst().orElseThrow().id();
        var stored = book().progress(itemId, 2);
        workspace().progress().save(org.qiyouxiang.app.core.progress.Change.of(stored,
                org.qiyouxiang.db.model.ProgressField.DONE_TEXT, "托位数达2.7个"));
        long indicator = workspace().indicators().keyIndicators(2024).stream()
                .filter(r -> r.name().startsWith(item)).findFirst().orElseThrow().id();
        workspace().indicators().recordActual(indicator, 2024, 2, "2.5", null, null);
        PrintPreviewModel preview = new PrintPreviewModel(report);
        preview.start();
        preview.choiceProperty().set(new QuarterChoice(2024, 2));

        assertThat(preview.checksProperty().get()).singleElement().asString()
                .startsWith("“每千人口拥有3岁以下婴幼儿托位数”：工作清单进展为已完成，重点指标为未达标");

        workspace().indicators().recordActual(indicator, 2024, 2, "2.7", null, null);
        main.indicatorsChanged();
        assertThat(preview.checksProperty().get()).isEmpty();
    }

    @Test
    void theGeneralImportTakesAReturnedFormIntoTheUndoHistoryToo() throws Exception {
        report.generateForms(new QuarterChoice(2024, 2), temp);

        main.importFile(returned("县卫健局_2024年二季度进展填报表.xlsx", "新增托位 120 个。"));

        assertThat(progress.history().undoTextProperty().get()).isEqualTo("撤销：导入填报表，修改 1 处（Ctrl+Z）");
        progress.editor().undo();
        assertThat(book().progress(book().items().get(0).id(), 2).doneText()).isNull();
    }

    private ReportPages pages(int year, int quarter) {
        return ReportService.pages(workspace().reports().report(year, quarter).orElseThrow());
    }

    private ProgressBook book() {
        return workspace().progress().load(2024).orElseThrow();
    }

    private Workspace workspace() {
        return main.workspaceProperty().get();
    }

    /** The unit's form as it comes back: its first row's 完成情况 filled in. */
    private Path returned(String name, String done) throws Exception {
        Path sent = temp.resolve("2024年二季度填报表").resolve(name);
        Path back = temp.resolve("收回").resolve(name);
        Files.createDirectories(back.getParent());
        try (InputStream in = Files.newInputStream(sent); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(FIRST_ROW).getCell(DONE).setCellValue(done);
            try (OutputStream out = Files.newOutputStream(back)) {
                workbook.write(out);
            }
        }
        return back;
    }

    /** Answers both interfaces as the test says, and keeps what it was told. */
    static final class Clerk implements Interaction, ProgressInteraction, ReportInteraction {
        boolean confirm = true;
        final List<Path> exported = new ArrayList<>();
        final List<String> summaries = new ArrayList<>();
        final List<ReturnsPreview> previews = new ArrayList<>();
        final List<Path> formsFolders = new ArrayList<>();
        final List<String> formsSummaries = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();

        @Override
        public boolean confirmImport(PendingImport file) {
            return confirm;
        }

        @Override
        public OptionalInt askYear(String fileName) {
            return OptionalInt.empty();
        }

        @Override
        public void showError(Throwable error) {
            errors.add(error);
            throw new AssertionError(error);
        }

        @Override
        public void showNotice(String text) {
        }

        @Override
        public void showExported(Path file, String summary) {
            exported.add(file);
            summaries.add(summary);
        }

        @Override
        public boolean confirmReturns(ReturnsPreview preview) {
            previews.add(preview);
            return confirm;
        }

        @Override
        public void showFormsWritten(Path folder, String summary) {
            formsFolders.add(folder);
            formsSummaries.add(summary);
        }

        @Override
        public boolean confirmPaste(PastePreview preview) {
            return false;
        }

        @Override
        public Optional<String> askOverrideReason(QuarterRow row, Status chosen) {
            return Optional.empty();
        }

        @Override
        public boolean confirmCopy(int fromYear, int toYear) {
            return false;
        }

        @Override
        public void showProblems(String headline, List<String> problems) {
            throw new AssertionError(headline + ": " + problems);
        }
    }
}
