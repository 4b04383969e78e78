package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.FormDispatch;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.Status;

/**
 * Forms go out to the lead units and come back filled in the ways units fill them: one sorts its rows, one
 * leaves a status empty, one types a status that is not in the list. The import takes what is right, refuses
 * what is not with the reason, and is one step of the undo history.
 */
class FormRoundTripTest {

    /**
     * Columns of the form: A key (hidden), B 序号, C 专项名称, D 类型, E 名称, F 工作时序, G 牵头单位, H 责任人,
     * I 完成情况, J 状态, K 完成进度, L 存在问题, M 下步打算.
     */
    static final int KEY = 0;
    static final int KIND = 3;
    static final int NAME = 4;
    static final int MILESTONE = 5;
    static final int UNITS = 6;
    static final int DONE = 8;
    static final int STATUS = 9;
    static final int PERCENT = 10;
    static final int FIRST_ROW = 3;

    @TempDir
    Path folder;
    Workspace workspace;
    List<GeneratedForm> forms;

    @BeforeEach
    void sendForms() throws Exception {
        workspace = SampleProgress.open(folder);
        forms = workspace.forms().generate(2024, 2, folder.resolve("forms"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void generatesOneFormPerLeadUnitNamedByUnitAndQuarter() throws Exception {
        ProgressBook book = workspace.progress().load(2024).orElseThrow();
        assertThat(forms).extracting(GeneratedForm::unit).containsExactlyElementsOf(book.units());
        assertThat(forms).filteredOn(f -> f.unit().equals("县卫健局")).singleElement()
                .satisfies(f -> assertThat(f.file().getFileName().toString()).isEqualTo("县卫健局_2024年二季度进展填报表.xlsx"))
                .satisfies(f -> assertThat(f.itemCount()).isEqualTo(26));
        ReturnTracker tracker = workspace.forms().tracker(2024, 2);
        assertThat(tracker.sentCount()).isEqualTo(forms.size());
        // What Excel says when a unit types something the column does not take.
        try (InputStream in = Files.newInputStream(forms.get(0).file()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getDataValidations())
                    .extracting(org.apache.poi.ss.usermodel.DataValidation::getErrorBoxTitle)
                    .containsExactlyInAnyOrder("请从列表中选择", "请填 0 到 100 之间的数字");
        }
        assertThat(tracker.notReturned()).hasSize(forms.size());
    }

    @Test
    void importsWhatUnitsFilledAndRefusesWhatIsWrong() throws Exception {
        Path health = returned("县卫健局", sheet -> {
            reverseRows(sheet);
            set(sheet, FIRST_ROW, DONE, "托育机构新增托位 120 个。");
            set(sheet, FIRST_ROW + 1, STATUS, "已完成");
        });
        Path education = returned("县教育局", sheet -> {
            int row = firstRowWithoutStatus(sheet);
            set(sheet, row, DONE, "完成学前教育普及普惠督导评估材料报送。");
            set(sheet, row, PERCENT, "80");
        });
        Path labour = returned("县人社局", sheet -> {
            set(sheet, FIRST_ROW, STATUS, "差不多完成");
            set(sheet, FIRST_ROW, PERCENT, "90");
            set(sheet, FIRST_ROW + 1, KEY, "QYX-2024-2-999999-000000");
        });
        Path firstQuarter = workspace.forms().generate(2024, 1, folder.resolve("q1")).get(0).file();

        FormReturnBatch batch = workspace.forms().preview(List.of(health, education, labour, firstQuarter),
                OptionalInt.of(2));

        FileReturn h = batch.files().get(0);
        assertThat(h.refused()).isFalse();
        assertThat(h.unit()).isEqualTo("县卫健局");
        assertThat(h.changes()).extracting(c -> c.change().field())
                .containsExactlyInAnyOrder(ProgressField.DONE_TEXT, ProgressField.STATUS);
        assertThat(h.problems()).isEmpty();
        FileReturn e = batch.files().get(1);
        assertThat(e.changes()).extracting(CellChange::after)
                .containsExactly("完成学前教育普及普惠督导评估材料报送。", "80");
        assertThat(e.problems()).isEmpty();
        assertThat(e.notes()).singleElement().asString().contains("没有选择状态");
        FileReturn l = batch.files().get(2);
        assertThat(l.changes()).extracting(CellChange::after).containsExactly("90");
        // A key changed by hand: the row's locked name still finds its item, and the clerk is told.
        assertThat(l.problems()).singleElement().asString().contains("差不多完成").contains("不是状态");
        assertThat(l.notes()).anySatisfy(n -> assertThat(n).contains("第 5 行").contains("按事项名称对上"));
        FileReturn q1 = batch.files().get(3);
        assertThat(q1.refused()).isTrue();
        assertThat(q1.problems()).singleElement().asString().contains("一季度").contains("二季度");

        ProgressBook before = workspace.progress().load(2024).orElseThrow();
        FormReturnResult result = workspace.forms().store(batch);

        ProgressBook after = workspace.progress().load(2024).orElseThrow();
        for (CellChange change : batch.changes()) {
            long item = change.itemId();
            assertThat(after.progress(item, 2).holds(change.change().field(), change.change().after())).isTrue();
        }
        long healthItem = h.changes().stream().filter(c -> c.change().field() == ProgressField.STATUS)
                .findFirst().orElseThrow().itemId();
        assertThat(after.progress(healthItem, 2).status().status()).isEqualTo(Status.DONE);
        assertThat(result.summary()).isEqualTo("导入填报表 3 份：修改 5 处，2 处未导入");
        List<ChangeLogEntry> log = workspace.progress().history(healthItem);
        assertThat(log.get(0).action()).isEqualTo("form");

        ReturnTracker tracker = workspace.forms().tracker(2024, 2);
        assertThat(tracker.forms()).filteredOn(f -> f.returnedAt() != null).extracting(FormDispatch::unit)
                .containsExactlyInAnyOrder("县卫健局", "县教育局", "县人社局");
        assertThat(tracker.notReturned()).hasSize(forms.size() - 3).doesNotContain("县卫健局");

        workspace.progress().apply(result.changes().inverse());
        ProgressBook undone = workspace.progress().load(2024).orElseThrow();
        for (CellChange change : batch.changes()) {
            assertThat(undone.progress(change.itemId(), 2)).isEqualTo(before.progress(change.itemId(), 2)
                    .with(change.change().field(), change.change().before(), undone.progress(change.itemId(), 2)
                            .updatedAt()));
        }
    }

    @Test
    void eachRowSaysItsKindSoAKeyIndicatorsTargetReadsAsOne() throws Exception {
        List<String> kinds = new ArrayList<>();
        String indicatorMilestone = null;
        for (GeneratedForm form : forms) {
            try (InputStream in = Files.newInputStream(form.file()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(FIRST_ROW - 1).getCell(KIND).getStringCellValue()).isEqualTo("类型");
                for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                    String kind = sheet.getRow(r).getCell(KIND).getStringCellValue();
                    kinds.add(kind);
                    if (kind.equals("重点指标") && indicatorMilestone == null) {
                        indicatorMilestone = sheet.getRow(r).getCell(MILESTONE).getStringCellValue();
                    }
                }
            }
        }
        assertThat(kinds).contains("重点指标", "重点任务").doesNotContain("");
        // The work list gives a key indicator's quarter a target, such as 94.4: beside 重点指标 it reads as one.
        assertThat(indicatorMilestone).isNotBlank();
    }

    @Test
    void aUnitsChangeToALockedColumnIsNotImportedButTheClerkIsTold() throws Exception {
        String[] name = new String[1];
        Path civil = returned("县民政局", sheet -> {
            name[0] = sheet.getRow(FIRST_ROW).getCell(NAME).getStringCellValue();
            set(sheet, FIRST_ROW, NAME, "改过的名称");
            set(sheet, FIRST_ROW, MILESTONE, "推迟到三季度");
            set(sheet, FIRST_ROW, UNITS, "");
            set(sheet, FIRST_ROW, DONE, "助餐服务 5 万人次。");
        });

        FormReturnBatch batch = workspace.forms().preview(List.of(civil), OptionalInt.empty());

        FileReturn file = batch.files().get(0);
        assertThat(file.problems()).containsExactly(
                "第 4 行“" + name[0] + "”的名称被改成了“改过的名称”；这一列以工作清单为准，改动未导入，如需采纳请在工作清单中修改。",
                "第 4 行“" + name[0] + "”的工作时序被改成了“推迟到三季度”；这一列以工作清单为准，改动未导入，如需采纳请在工作清单中修改。",
                "第 4 行“" + name[0] + "”的牵头单位被清空了；这一列以工作清单为准，改动未导入。");
        // The row's own fill-in columns still come in.
        assertThat(file.changes()).extracting(CellChange::after).containsExactly("助餐服务 5 万人次。");
        workspace.forms().store(batch);
        assertThat(workspace.progress().load(2024).orElseThrow().items()).extracting(i -> i.name())
                .contains(name[0]).doesNotContain("改过的名称");
    }

    @Test
    void aFormSentBeforeTheKindColumnCameStillComesIn() throws Exception {
        // Forms made by the previous version: no 类型 column, and a hidden part without the locked texts.
        Path civil = returnedWorkbook("县民政局", workbook -> {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.shiftColumns(KIND + 1, PERCENT + 2, -1);
            Sheet meta = workbook.getSheet("_qyx_form");
            meta.getRow(0).getCell(1).setCellValue("1");
            for (int r = 5; r <= meta.getLastRowNum(); r++) {
                for (int c = 6; c < 10; c++) {
                    meta.getRow(r).removeCell(meta.getRow(r).getCell(c));
                }
            }
            set(sheet, FIRST_ROW, DONE - 1, "助餐服务 5 万人次。");
        });

        FormReturnBatch batch = workspace.forms().preview(List.of(civil), OptionalInt.empty());

        FileReturn file = batch.files().get(0);
        assertThat(file.problems()).isEmpty();
        assertThat(file.changes()).extracting(CellChange::after).containsExactly("助餐服务 5 万人次。");
    }

    @Test
    void aFormWhoseLockedColumnsWereLeftAloneReportsNothingAboutThem() throws Exception {
        Path civil = returned("县民政局", sheet -> {
            reverseRows(sheet);
            set(sheet, FIRST_ROW, DONE, "助餐服务 5 万人次。");
        });
        FormReturnBatch batch = workspace.forms().preview(List.of(civil), OptionalInt.empty());
        assertThat(batch.files().get(0).problems()).isEmpty();
    }

    @Test
    void formsSentBeforeTheWorkListWasImportedAgainStillComeIn() throws Exception {
        // The office mends a typo in its list and imports it again: every item gets a new id.
        workspace.imports().store(workspace.imports().preview(Samples.workList(), OptionalInt.empty()), true);
        Path civil = returned("县民政局", sheet -> set(sheet, FIRST_ROW, DONE, "助餐服务 5 万人次。"));

        FormReturnBatch batch = workspace.forms().preview(List.of(civil), OptionalInt.empty());

        FileReturn file = batch.files().get(0);
        assertThat(file.problems()).isEmpty();
        assertThat(file.changes()).extracting(CellChange::after).containsExactly("助餐服务 5 万人次。");
        assertThat(file.notes()).anySatisfy(n -> assertThat(n).contains("按事项名称对上"));
        workspace.forms().store(batch);
        long item = file.changes().get(0).itemId();
        assertThat(workspace.progress().load(2024).orElseThrow().progress(item, 2).doneText())
                .isEqualTo("助餐服务 5 万人次。");
    }

    @Test
    void aFormWhereNoRowFindsItsItemIsRefusedAndNotCountedAsReturned() throws Exception {
        Path civil = returned("县民政局", sheet -> {
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                set(sheet, r, KEY, "");
                set(sheet, r, NAME, "改过的名称 " + r);
            }
        });

        FormReturnBatch batch = workspace.forms().preview(List.of(civil), OptionalInt.empty());

        FileReturn file = batch.files().get(0);
        assertThat(file.refused()).isTrue();
        assertThat(file.problems().get(0)).isEqualTo("这份填报表没有一行能对上本季度工作清单中的事项，整份未导入，也不记为已收回。");
        workspace.forms().store(batch);
        assertThat(workspace.forms().tracker(2024, 2).notReturned()).contains("县民政局");
    }

    @Test
    void aLateFormOfAnotherQuarterComesIntoItsOwnQuarterAndThePreviewSaysSo() throws Exception {
        Path late = returned("县民政局", sheet -> set(sheet, FIRST_ROW, DONE, "助餐服务 5 万人次。"));
        workspace.forms().generate(2024, 3, folder.resolve("q3"));

        FormReturnBatch batch = workspace.forms().preview(List.of(late), OptionalInt.empty());

        FileReturn file = batch.files().get(0);
        assertThat(file.refused()).isFalse();
        assertThat(file.notes().get(0)).isEqualTo("这是 2024 年二季度的填报表，不是正在收集的 2024 年三季度的；导入后记入 2024 年二季度。");
        workspace.forms().store(batch);
        assertThat(workspace.progress().load(2024).orElseThrow().progress(file.changes().get(0).itemId(), 2).doneText())
                .isEqualTo("助餐服务 5 万人次。");
    }

    @Test
    void makingTheFormsAgainKeepsWhoHasAlreadyReturnedTheirs() throws Exception {
        Path health = returned("县卫健局", sheet -> set(sheet, FIRST_ROW, DONE, "托育机构新增托位 120 个。"));
        workspace.forms().store(workspace.forms().preview(List.of(health), OptionalInt.empty()));

        workspace.forms().generate(2024, 2, folder.resolve("again"));

        ReturnTracker tracker = workspace.forms().tracker(2024, 2);
        assertThat(tracker.notReturned()).hasSize(forms.size() - 1).doesNotContain("县卫健局");
        assertThat(tracker.forms()).filteredOn(f -> f.unit().equals("县卫健局")).singleElement()
                .satisfies(f -> assertThat(f.changeCount()).isEqualTo(1));
    }

    @Test
    void aStatusTheUnitChoseAgainstTheRulesSaysWhoChoseIt() throws Exception {
        Path civil = returned("县民政局", sheet -> set(sheet, FIRST_ROW, STATUS, "未开始"));

        FormReturnBatch batch = workspace.forms().preview(List.of(civil), OptionalInt.empty());
        workspace.forms().store(batch);

        long item = batch.changes().get(0).itemId();
        var status = workspace.progress().load(2024).orElseThrow().progress(item, 2).status();
        // A quarter that is over is not 未开始 by the rules: the unit decided against them.
        assertThat(status.status()).isEqualTo(Status.NOT_DUE);
        assertThat(status.overridden()).isTrue();
        assertThat(status.reason()).isEqualTo("县民政局在填报表中填报的状态");
    }

    @Test
    void anUnchangedFormChangesNothingAndStillCountsAsReturned() throws Exception {
        Path same = returned("县民政局", sheet -> { });
        FormReturnBatch batch = workspace.forms().preview(List.of(same), OptionalInt.empty());
        assertThat(batch.changes()).isEmpty();
        workspace.forms().store(batch);
        assertThat(workspace.forms().tracker(2024, 2).notReturned()).doesNotContain("县民政局");
    }

    @Test
    void aFormImportedTwiceChangesNothingTheSecondTime() throws Exception {
        // The first row's status typed against the proposal the rules made before anything was reported.
        Path health = returned("县卫健局", sheet -> {
            for (int r = FIRST_ROW; r < FIRST_ROW + 3; r++) {
                set(sheet, r, DONE, "已完成。");
                set(sheet, r, STATUS, "已完成");
                set(sheet, r, PERCENT, "100");
            }
        });
        workspace.forms().store(workspace.forms().preview(List.of(health), OptionalInt.empty()));

        FormReturnBatch again = workspace.forms().preview(List.of(health), OptionalInt.empty());

        assertThat(again.changes()).isEmpty();
        assertThat(again.files()).singleElement().satisfies(f -> assertThat(f.problems()).isEmpty());
        // Importing it again keeps the count of what the unit changed in 填报回收情况.
        workspace.forms().store(again);
        assertThat(workspace.forms().tracker(2024, 2).forms()).filteredOn(f -> f.unit().equals("县卫健局"))
                .singleElement().satisfies(f -> assertThat(f.changeCount()).isEqualTo(9));
    }

    interface Edit {
        void apply(Sheet sheet);
    }

    private Path returned(String unit, Edit edit) throws Exception {
        return returnedWorkbook(unit, workbook -> edit.apply(workbook.getSheetAt(0)));
    }

    interface WorkbookEdit {
        void apply(XSSFWorkbook workbook);
    }

    private Path returnedWorkbook(String unit, WorkbookEdit edit) throws Exception {
        Path sent = forms.stream().filter(f -> f.unit().equals(unit)).findFirst().orElseThrow().file();
        Path back = folder.resolve("back").resolve(sent.getFileName());
        Files.createDirectories(back.getParent());
        try (InputStream in = Files.newInputStream(sent); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            edit.apply(workbook);
            try (OutputStream out = Files.newOutputStream(back)) {
                workbook.write(out);
            }
        }
        return back;
    }

    /** As Excel's sort leaves it: the same rows, keys included, in another order. */
    private static void reverseRows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            List<String> values = new ArrayList<>();
            for (Cell cell : sheet.getRow(r)) {
                values.add(cell.getStringCellValue());
            }
            rows.add(values);
        }
        java.util.Collections.reverse(rows);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.getRow(FIRST_ROW + r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.getCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    private static int firstRowWithoutStatus(Sheet sheet) {
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(STATUS).getStringCellValue().isEmpty()) {
                return r;
            }
        }
        throw new IllegalStateException("every row has a status");
    }

    private static void set(Sheet sheet, int row, int column, String text) {
        sheet.getRow(row).getCell(column).setCellValue(text);
    }
}
