package org.qiyouxiang.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.service.PendingImport;
import org.qiyouxiang.app.ui.task.SameThreadTaskRunner;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** The main window's behaviour without a window: what the clerk is asked, shown and told. */
class MainViewModelTest {

    @TempDir
    Path temp;

    final ScriptedClerk clerk = new ScriptedClerk();
    MainViewModel viewModel;

    @BeforeEach
    void open() {
        viewModel = new MainViewModel(temp.resolve("数据 文件夹"), new SameThreadTaskRunner(), clerk);
    }

    @AfterEach
    void close() {
        viewModel.close();
    }

    @Test
    void anEmptyDatabaseShowsTheWelcomePane() {
        viewModel.start(false, () -> { });

        assertThat(viewModel.screenProperty().get()).isEqualTo(MainViewModel.Screen.WELCOME);
        assertThat(viewModel.treeProperty().get()).isNull();
    }

    @Test
    void theSampleFillsTheTreeWithoutAsking() {
        viewModel.start(true, () -> { });

        assertThat(viewModel.screenProperty().get()).isEqualTo(MainViewModel.Screen.WORK);
        assertThat(clerk.previews).isEmpty();
        WorkTreeNode root = viewModel.treeProperty().get();
        assertThat(root.label()).isEqualTo("嵊泗县公共服务“七优享”工程");
        assertThat(root.children()).extracting(WorkTreeNode::label).containsExactly("2024年");
        assertThat(root.children().get(0).children()).extracting(WorkTreeNode::labelWithCount).containsExactly(
                "幼有善育（10）", "学有优教（12）", "劳有所得（15）", "病有良医（16）", "老有康养（12）", "住有宜居（9）",
                "弱有众扶（14）", "公共服务一体化（3）", "民生实事（指标 1）", "重大项目（指标 1）");
        // The areas' items add up to the year's: the indicator-only areas say they count indicators.
        assertThat(root.children().get(0).children().stream().filter(n -> !n.holdsIndicatorsOnly())
                .mapToInt(WorkTreeNode::count).sum()).isEqualTo(root.children().get(0).count()).isEqualTo(91);
        assertThat(root.children().get(0).children().get(0).children()).extracting(n -> n.label() + " " + n.count())
                .containsExactly("重点指标 3", "重点任务 7", "指标 4");
    }

    @Test
    void onlyAStartOnStoredDataCountsAsTheClerksDailyStart() {
        viewModel.start(true, () -> { });
        assertThat(viewModel.startedWithData()).as("the first start, which loads the sample").isFalse();
        viewModel.close();
        viewModel = new MainViewModel(temp.resolve("数据 文件夹"), new SameThreadTaskRunner(), clerk);

        viewModel.start(false, () -> { });

        assertThat(viewModel.startedWithData()).isTrue();
    }

    @Test
    void dashboardFiguresReadWithTheDataAreOfferedToTheReadTheStartSetsOffAndAtNoOtherTime() {
        viewModel.start(true, () -> { });
        viewModel.close();
        viewModel = new MainViewModel(temp.resolve("数据 文件夹"), new SameThreadTaskRunner(), clerk);
        List<Object> offered = new ArrayList<>();
        viewModel.dataVersionProperty().addListener((obs, old, v) -> offered.add(viewModel.takeFirstFigures()));

        viewModel.start(false, () -> { });

        assertThat(offered).hasSize(1);
        org.qiyouxiang.app.ui.dashboard.DashboardViewModel.Figures figures =
                (org.qiyouxiang.app.ui.dashboard.DashboardViewModel.Figures) offered.get(0);
        assertThat(figures.years()).containsExactly(2024);
        assertThat(figures.dashboard().byArea()).isNotEmpty();
        assertThat(viewModel.takeFirstFigures()).isNull();
    }

    @Test
    void theProgressTableAndTheGanttGetTheTreesCopyOfTheYearEvenAfterACollection() {
        viewModel.start(true, () -> { });
        WorkItem shown = firstItem(viewModel.treeProperty().get());

        System.gc();
        WorkList read = viewModel.workspace().workLists().workList(2024).orElseThrow();

        // The same objects, not a second copy of the year read from the database and kept beside the first.
        assertThat(read.items()).anySatisfy(item -> assertThat(item).isSameAs(shown));
    }

    private static WorkItem firstItem(WorkTreeNode node) {
        if (node.item() != null) {
            return node.item();
        }
        return node.children().stream().map(MainViewModelTest::firstItem).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    @Test
    void anImportIsShownBeforeItIsStoredAndTheNewYearIsSelected() {
        viewModel.start(false, () -> { });

        viewModel.importFile(Samples.workList());

        assertThat(clerk.previews).singleElement().satisfies(p -> {
            assertThat(((PendingImport.WorkList) p).preview().itemCount()).isEqualTo(91);
            assertThat(p.exists()).isFalse();
        });
        assertThat(viewModel.screenProperty().get()).isEqualTo(MainViewModel.Screen.WORK);
        assertThat(viewModel.selectedProperty().get().label()).isEqualTo("2024年");
        assertThat(viewModel.statusProperty().get()).startsWith("导入 2024 年工作清单：8 个专项，91 项。已保存");
    }

    @Test
    void theSampleBringsTheIndicatorTablesToo() {
        viewModel.start(true, () -> { });

        assertThat(viewModel.workspaceProperty().get().indicators().indicators(2024)).hasSize(42);
        assertThat(viewModel.statusProperty().get()).startsWith("已载入示例数据：五年目标 21 项指标，2024 年重点指标 28 项，工作清单 91 项");
    }

    @Test
    void anIndicatorTableIsRecognisedAndPreviewedLikeAWorkList() {
        viewModel.start(false, () -> { });

        viewModel.importFile(Samples.folder().resolve("嵊泗县七优享五年目标.xlsx"));

        assertThat(clerk.previews).singleElement().extracting(PendingImport::kind)
                .isEqualTo(org.qiyouxiang.app.core.TableKind.FIVE_YEAR_TARGETS);
        assertThat(viewModel.workspaceProperty().get().indicators().indicators(2024)).hasSize(21);
    }

    @Test
    void aCancelledImportChangesNothing() {
        viewModel.start(false, () -> { });
        clerk.confirm = false;

        viewModel.importFile(Samples.workList());

        assertThat(viewModel.screenProperty().get()).isEqualTo(MainViewModel.Screen.WELCOME);
        assertThat(viewModel.statusProperty().get()).isEqualTo("已取消导入，数据未改动。");
    }

    @Test
    void reimportingAYearSaysItWillBeReplaced() {
        viewModel.start(true, () -> { });

        viewModel.importFile(Samples.workList());

        assertThat(clerk.previews).singleElement().satisfies(p -> assertThat(p.exists()).isTrue());
        assertThat(viewModel.treeProperty().get().count()).isEqualTo(91);
    }

    @Test
    void aBadFileIsExplainedAndNothingChanges() throws Exception {
        viewModel.start(false, () -> { });
        Path bad = temp.resolve("报表 2024.xlsx");
        Files.writeString(bad, "不是表格", StandardCharsets.UTF_8);

        viewModel.importFile(bad);

        assertThat(clerk.errors).singleElement().isInstanceOf(ImportException.class)
                .extracting(Throwable::getMessage).asString().startsWith("文件“报表 2024.xlsx”：不是 Excel 表格");
        assertThat(viewModel.screenProperty().get()).isEqualTo(MainViewModel.Screen.WELCOME);
    }

    @Test
    void aFileWithoutAYearAsksForIt() throws Exception {
        viewModel.start(false, () -> { });
        Path noYear = temp.resolve("清单.xlsx");
        org.qiyouxiang.app.excel.Grid.load(Samples.workList()).set(0, 0, "工作清单").write(noYear);
        clerk.year = OptionalInt.of(2025);

        viewModel.importFile(noYear);

        assertThat(clerk.askedYearFor).containsExactly("清单.xlsx");
        assertThat(viewModel.years()).containsExactly(2025);
    }

    @Test
    void exportWritesTheSelectedYearAndSaysWhere() {
        viewModel.start(true, () -> { });
        Path target = temp.resolve("导出 文件").resolve("2024年工作清单.xlsx");

        viewModel.exportWorkList(viewModel.currentYear().getAsInt(), target);

        assertThat(target).isRegularFile();
        assertThat(clerk.exported).containsExactly(target);
        assertThat(viewModel.statusProperty().get()).isEqualTo("已导出 2024 年工作清单（91 项）");
    }

    /** Answers the view model's questions as a test script says. */
    static final class ScriptedClerk implements Interaction {
        boolean confirm = true;
        OptionalInt year = OptionalInt.empty();
        final List<PendingImport> previews = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();
        final List<String> askedYearFor = new ArrayList<>();
        final List<Path> exported = new ArrayList<>();
        final List<String> notices = new ArrayList<>();

        @Override
        public boolean confirmImport(PendingImport file) {
            previews.add(file);
            return confirm;
        }

        @Override
        public OptionalInt askYear(String fileName) {
            askedYearFor.add(fileName);
            return year;
        }

        @Override
        public void showError(Throwable error) {
            errors.add(error);
        }

        @Override
        public void showNotice(String text) {
            notices.add(text);
        }

        @Override
        public void showExported(Path file, String summary) {
            exported.add(file);
        }
    }
}
