package org.qiyouxiang.app.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.service.PendingImport;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.main.Interaction;
import org.qiyouxiang.app.ui.main.MainViewModel;
import org.qiyouxiang.app.ui.main.WorkTreeNode;
import org.qiyouxiang.app.ui.task.SameThreadTaskRunner;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;

/** The 进展填报 tab without a window: what the clerk types, pastes, decides and finds, and what is stored. */
class ProgressViewModelTest {

    @TempDir
    Path temp;

    final ScriptedClerk clerk = new ScriptedClerk();
    MainViewModel main;
    ProgressViewModel table;

    @BeforeEach
    void openTheSample() {
        main = new MainViewModel(temp.resolve("数据"), new SameThreadTaskRunner(), clerk);
        table = new ProgressViewModel(main, clerk);
        main.start(true, () -> { });
        table.quarterProperty().set(2);
    }

    @AfterEach
    void close() {
        main.close();
    }

    @Test
    void showsTheYearsItemsUnderTheirAreasInTheListsOrder() {
        assertThat(table.yearProperty().get()).isEqualTo(2024);
        assertThat(table.countTextProperty().get()).isEqualTo("显示 91 / 91 项");
        assertThat(table.entries()).hasSize(91 + 8);
        assertThat(table.entries().get(0)).isEqualTo(new TableEntry.AreaGroup("幼有善育", 10, 10));
        assertThat(line(0).row().item().name()).isEqualTo("每千人口拥有3岁以下婴幼儿托位数");
    }

    @Test
    void whileNoViewShowsTheTableTheYearIsReadOnlyOnceOneDoes() {
        MainViewModel other = new MainViewModel(temp.resolve("数据"), new SameThreadTaskRunner(), clerk);
        main.close();
        ProgressViewModel hidden = new ProgressViewModel(other, clerk);
        hidden.activeProperty().set(false);
        other.start(true, () -> { });
        hidden.quarterProperty().set(2);

        assertThat(hidden.entries()).isEmpty();

        hidden.activeProperty().set(true);

        assertThat(hidden.countTextProperty().get()).isEqualTo("显示 91 / 91 项");
        other.close();
    }

    @Test
    void anEditIsSavedAndTheDatabaseHasIt() {
        QuarterRow row = line(0).row();

        table.editor().edit(row, ProgressField.DONE_TEXT, "新增托位 120 个\n普惠托育机构 3 家");

        assertThat(stored().progress(row.itemId(), 2).doneText()).isEqualTo("新增托位 120 个\n普惠托育机构 3 家");
        assertThat(line(0).row().progress().doneText()).isEqualTo("新增托位 120 个\n普惠托育机构 3 家");
        assertThat(main.statusProperty().get()).startsWith("修改“每千人口拥有3岁以下婴幼儿托位数”二季度完成情况。已保存（");
    }

    @Test
    void anEditAPasteAndAnUndoEachTellTheOtherViewsThatProgressChanged() {
        int before = main.progressVersionProperty().get();

        table.editor().edit(line(0).row(), ProgressField.DONE_TEXT, "新增托位 120 个");
        table.editor().paste(2, ProgressColumn.PROBLEMS, "无\t继续推进\r\n");
        table.editor().undo();

        assertThat(main.progressVersionProperty().get()).isEqualTo(before + 3);
    }

    @Test
    void anUndoOfAnotherQuartersEditShowsThatQuarterOnItsItem() {
        long first = line(0).itemId();
        table.editor().edit(line(0).row(), ProgressField.DONE_TEXT, "二季度填写");
        table.quarterProperty().set(3);
        table.select(line(4).itemId());

        table.editor().undo();

        assertThat(table.quarterProperty().get()).isEqualTo(2);
        assertThat(table.selectedItemProperty().get()).isEqualTo(first);
        assertThat(line(0).row().progress().doneText()).isNull();
    }

    @Test
    void aRestoreLeavesNothingToUndo() {
        java.nio.file.Path backup = main.workspace().backups().create(org.qiyouxiang.app.service.BackupReason.MANUAL)
                .path();
        table.editor().edit(line(0).row(), ProgressField.DONE_TEXT, "新增托位 120 个");
        assertThat(table.history().canUndoProperty().get()).isTrue();

        main.reopened(main.workspace().restoreFrom(backup));

        assertThat(table.history().canUndoProperty().get()).isFalse();
        assertThat(table.history().canRedoProperty().get()).isFalse();
        assertThat(stored().progress(line(0).row().itemId(), 2).doneText()).isNull();
    }

    @Test
    void aPercentIsReadAsTypedAndNonsenseIsRefusedWithWhy() {
        QuarterRow row = line(1).row();

        table.editor().edit(row, ProgressField.PERCENT, "７０％");
        table.editor().edit(line(1).row(), ProgressField.PERCENT, "很多");

        assertThat(stored().progress(row.itemId(), 2).percent()).isEqualByComparingTo("70");
        assertThat(clerk.problems).containsExactly("“很多”不是 0 到 100 之间的百分数");
    }

    @Test
    void aBlockOfThreeRowsAndTwoColumnsIsPreviewedThenSavedAsOneStep() {
        String excel = "无\t继续推进\r\n\"场地不足\n资金缺口\"\t争取上级资金\r\n\t年底前完成\r\n";

        table.editor().paste(2, ProgressColumn.PROBLEMS, excel);

        assertThat(clerk.pastes).singleElement().satisfies(p -> {
            assertThat(p.rows()).isEqualTo(3);
            assertThat(p.columns()).isEqualTo(2);
            assertThat(p.cells()).extracting(c -> c.column() + ":" + c.before() + "→" + c.after()).containsExactly(
                    "存在问题:（空）→无", "下步打算:（空）→继续推进", "存在问题:（空）→场地不足\n资金缺口", "下步打算:（空）→争取上级资金",
                    "下步打算:（空）→年底前完成");
        });
        ProgressBook book = stored();
        assertThat(book.progress(line(3).itemId(), 2).problems()).isEqualTo("场地不足\n资金缺口");
        assertThat(book.progress(line(4).itemId(), 2).nextSteps()).isEqualTo("年底前完成");
        assertThat(table.history().undoTextProperty().get()).isEqualTo("撤销：粘贴 5 个单元格（Ctrl+Z）");
    }

    @Test
    void aCancelledPasteChangesNothing() {
        clerk.confirmPaste = false;

        table.editor().paste(0, ProgressColumn.DONE_TEXT, "已完成");

        assertThat(stored().progress(line(0).itemId(), 2).doneText()).isNull();
        assertThat(table.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void aStatusAgainstTheRulesKeepsTheClerksReason() {
        QuarterRow row = line(0).row();
        assertThat(row.proposal().status()).isNull();
        table.editor().edit(row, ProgressField.DONE_TEXT, "已完成");
        row = line(0).row();
        assertThat(row.proposal().status()).isEqualTo(Status.DONE);
        clerk.reason = Optional.of("托位已建成但未验收");

        table.editor().chooseStatus(row, Status.ON_TRACK);

        assertThat(clerk.askedReasonFor).containsExactly(Status.ON_TRACK);
        assertThat(stored().progress(row.itemId(), 2).status())
                .isEqualTo(StatusChoice.overridden(Status.ON_TRACK, "托位已建成但未验收"));
        assertThat(line(0).row().overridden()).isTrue();
    }

    @Test
    void theRulesOwnProposalIsConfirmedWithoutAQuestionAndACancelledReasonChangesNothing() {
        table.editor().edit(line(0).row(), ProgressField.DONE_TEXT, "已完成");

        table.editor().chooseStatus(line(0).row(), Status.DONE);
        table.editor().chooseStatus(line(0).row(), Status.LAGGING);

        assertThat(clerk.askedReasonFor).containsExactly(Status.LAGGING);
        assertThat(stored().progress(line(0).itemId(), 2).status()).isEqualTo(StatusChoice.confirmed(Status.DONE));
    }

    @Test
    void undoAndRedoOfAnEditAndOfAPasteReachTheDatabase() {
        long first = line(0).itemId();
        table.editor().edit(line(0).row(), ProgressField.DONE_TEXT, "第一次");
        table.editor().edit(line(0).row(), ProgressField.DONE_TEXT, "第二次");
        table.editor().paste(0, ProgressColumn.NEXT_STEPS, "甲\n乙");

        table.editor().undo();
        table.editor().undo();

        assertThat(stored().progress(first, 2).doneText()).isEqualTo("第一次");
        assertThat(stored().progress(first, 2).nextSteps()).isNull();
        assertThat(line(0).row().progress().doneText()).isEqualTo("第一次");

        table.editor().redo();

        assertThat(stored().progress(first, 2).doneText()).isEqualTo("第二次");
        assertThat(table.history().canRedoProperty().get()).isTrue();
        assertThat(main.statusProperty().get()).startsWith("已重做：修改“每千人口拥有3岁以下婴幼儿托位数”二季度完成情况。已保存");

        table.editor().edit(line(0).row(), ProgressField.PROBLEMS, "新的修改");

        assertThat(table.history().canRedoProperty().get()).isFalse();
    }

    @Test
    void anImportOfTheYearCanBeUndoneAndTheOldItemsComeBackUnderTheirIds() {
        long firstId = line(0).itemId();
        table.editor().edit(line(0).row(), ProgressField.DONE_TEXT, "导入前填写");

        main.importFile(Samples.workList());

        assertThat(line(0).itemId()).isNotEqualTo(firstId);
        assertThat(line(0).row().progress().doneText()).isEqualTo("导入前填写");
        assertThat(table.history().undoTextProperty().get()).isEqualTo("撤销：导入 2024 年工作清单（Ctrl+Z）");

        table.editor().undo();

        assertThat(line(0).itemId()).isEqualTo(firstId);
        table.editor().undo();
        assertThat(stored().progress(firstId, 2).doneText()).isNull();
    }

    @Test
    void filtersNarrowTheRowsAndTheCountsFollow() {
        clerk.reason = Optional.of("进度慢于计划");
        table.editor().chooseStatus(line(0).row(), Status.LAGGING);
        table.editor().chooseStatus(line(5).row(), Status.LAGGING);

        table.filters().onlyLaggingProperty().set(true);

        assertThat(table.countTextProperty().get()).isEqualTo("显示 2 / 91 项");
        assertThat(table.countsProperty().get().of(Status.LAGGING)).isEqualTo(2);

        table.filters().searchProperty().set("wjj");
        table.filters().clear();
        assertThat(table.countTextProperty().get()).isEqualTo("显示 91 / 91 项");
        assertThat(table.filters().searchProperty().get()).isEmpty();
        table.filters().areaProperty().set("幼有善育");
        table.filters().notReportedProperty().set(true);

        assertThat(table.countTextProperty().get()).isEqualTo("显示 10 / 91 项");
        assertThat(table.entries().get(0)).isEqualTo(new TableEntry.AreaGroup("幼有善育", 10, 10));
    }

    @Test
    void pinyinInitialsFindTheUnitAndHighlightItsName() {
        long unitItems = table.shownRows().stream().filter(r -> r.units().contains("县卫健局")).count();

        table.filters().searchProperty().set("wjj");

        List<QuarterRow> found = table.shownRows();
        assertThat(found.stream().filter(r -> r.units().contains("县卫健局")).count()).isEqualTo(unitItems);
        QuarterRow first = found.get(0);
        assertThat(table.highlights(first, ProgressColumn.UNITS)).singleElement()
                .satisfies(r -> assertThat(ProgressColumn.UNITS.text(first).substring(r[0], r[1])).isEqualTo("卫健局"));
    }

    @Test
    void aRowFoundOnlyInAnotherQuartersTextIsCountedAsSuch() {
        // 推进普惠托育服务体系建设 plans 全县托位使用率达到省市要求 in 三季度 only.
        table.quarterProperty().set(4);
        table.filters().searchProperty().set("托位使用");
        String fourth = table.countTextProperty().get();
        table.quarterProperty().set(3);
        String third = table.countTextProperty().get();

        assertThat(table.shownRows()).extracting(r -> r.item().name()).contains("推进普惠托育服务体系建设");
        assertThat(fourth).matches("显示 \\d+ / 91 项（\\d+ 项在其他季度找到）");
        assertThat(elsewhere(third)).isLessThan(elsewhere(fourth));
    }

    private static int elsewhere(String count) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("（(\\d+) 项在其他季度").matcher(count);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void fullPinyinFindsNamesAndHighlightsTheWord() {
        table.filters().searchProperty().set("tuoyu");

        QuarterRow first = table.shownRows().get(0);
        assertThat(table.countTextProperty().get()).startsWith("显示 ").doesNotContain("显示 0 ");
        List<int[]> ranges = new ArrayList<>(table.highlights(first, ProgressColumn.NAME));
        ranges.addAll(table.highlights(first, ProgressColumn.MILESTONE));
        assertThat(ranges).isNotEmpty();
        assertThat(table.shownRows()).allSatisfy(r -> assertThat(r.item().name() + r.milestone()
                + r.progress().doneText()).contains("托育"));
    }

    @Test
    void theTreeFollowsTheTableAndTheTableTheTree() {
        table.select(line(3).itemId());

        WorkTreeNode selected = main.selectedProperty().get();
        assertThat(selected.isItem()).isTrue();
        assertThat(selected.item().id()).isEqualTo(line(3).itemId());

        WorkTreeNode other = main.treeProperty().get().children().get(0).children().get(1).children().get(0)
                .children().get(0);
        main.selectedProperty().set(other);

        assertThat(table.selectedItemProperty().get()).isEqualTo(other.item().id());
    }

    @Test
    void aFailedWriteStopsEditingAndSaysSo() {
        QuarterRow row = line(0).row();
        Workspace workspace = main.workspaceProperty().get();
        workspace.close();

        table.editor().edit(row, ProgressField.DONE_TEXT, "写不进去");

        assertThat(table.editor().readOnlyProperty().get()).isTrue();
        assertThat(clerk.errors).hasSize(1);
        assertThat(line(0).row().progress().doneText()).isNull();
        main = new MainViewModel(temp.resolve("另一个"), new SameThreadTaskRunner(), clerk);
    }

    @Test
    void copyingAYearAddsTheNextYearToTheChoices() {
        table.editor().copyToNextYear();

        assertThat(clerk.copies).containsExactly("2024→2025");
        assertThat(table.years()).containsExactly(2024, 2025);
        assertThat(main.years()).containsExactly(2024, 2025);
        assertThat(main.statusProperty().get()).startsWith("已将 2024 年工作清单复制为 2025 年（91 项");
    }

    @Test
    void theItemPaneGetsTheFourQuartersOfAnItem() {
        table.editor().edit(line(0).row(), ProgressField.DONE_TEXT, "二季度完成");
        List<QuarterRow> quarters = new ArrayList<>();

        new QuarterHistory(table).quarters(line(0).itemId(), 2024, quarters::addAll);

        assertThat(quarters).extracting(QuarterRow::quarter).containsExactly(1, 2, 3, 4);
        assertThat(quarters.get(1).progress().doneText()).isEqualTo("二季度完成");
    }

    @Test
    void theChangeLogSaysWhoChangedWhatFromWhichValueToWhich() {
        clerk.reason = Optional.of("实际滞后");
        table.editor().edit(line(0).row(), ProgressField.PERCENT, "40");
        table.editor().edit(line(0).row(), ProgressField.DONE_TEXT, "已完成");
        table.editor().chooseStatus(line(0).row(), Status.LAGGING);
        table.editor().undo();
        ChangeLogViewModel log = new ChangeLogViewModel(main.workspaceProperty().get(), main.runner(), null);
        ChangeLogViewModel ofItem = new ChangeLogViewModel(main.workspaceProperty().get(), main.runner(),
                line(0).itemId());

        log.load();
        ofItem.load();

        assertThat(ofItem.lines()).extracting(l -> l.action() + "|" + l.field() + "|" + l.before() + "→" + l.after())
                .containsExactly("撤销|改判理由|实际滞后→", "撤销|改判|是→否", "撤销|状态|滞后→",
                        "修改|改判理由|→实际滞后", "修改|改判|否→是", "修改|状态|→滞后",
                        "修改|完成情况|→已完成", "修改|完成进度|→40%");
        assertThat(ofItem.lines().get(0).what()).isEqualTo("每千人口拥有3岁以下婴幼儿托位数：二季度状态");
        assertThat(log.lines()).extracting(ChangeLogViewModel.Line::action).contains("撤销", "修改", "导入");
    }

    private ProgressLine line(int n) {
        int seen = 0;
        for (TableEntry entry : table.entries()) {
            if (entry instanceof ProgressLine line && seen++ == n) {
                return line;
            }
        }
        throw new AssertionError("no line " + n);
    }

    private ProgressBook stored() {
        return main.workspaceProperty().get().progress().load(2024).orElseThrow();
    }

    /** Answers both view models' questions as the test says. */
    static final class ScriptedClerk implements Interaction, ProgressInteraction {
        boolean confirmPaste = true;
        Optional<String> reason = Optional.empty();
        final List<PastePreview> pastes = new ArrayList<>();
        final List<Status> askedReasonFor = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();
        final List<String> copies = new ArrayList<>();

        @Override
        public boolean confirmImport(PendingImport file) {
            return true;
        }

        @Override
        public OptionalInt askYear(String fileName) {
            return OptionalInt.empty();
        }

        @Override
        public void showNotice(String text) {
            problems.add(text);
        }

        @Override
        public void showExported(Path file, String summary) {
        }

        @Override
        public boolean confirmPaste(PastePreview preview) {
            pastes.add(preview);
            return confirmPaste;
        }

        @Override
        public Optional<String> askOverrideReason(QuarterRow row, Status chosen) {
            askedReasonFor.add(chosen);
            return reason;
        }

        @Override
        public boolean confirmCopy(int fromYear, int toYear) {
            copies.add(fromYear + "→" + toYear);
            return true;
        }

        @Override
        public void showProblems(String headline, List<String> list) {
            problems.addAll(list);
        }

        @Override
        public void showError(Throwable error) {
            errors.add(error);
        }
    }
}
