package org.qiyouxiang.app.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.gantt.GanttFilters;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.core.gantt.QuarterFactsSource;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.WorkList;

/** The chart's state without a window: items, filter, search, and the rows the view gets. */
class GanttViewModelTest {

    private static final WorkList SAMPLE = GanttSamples.workList2024();

    private final GanttViewModel viewModel = new GanttViewModel();

    @BeforeEach
    void load() {
        viewModel.load(SAMPLE, new DemoFacts(2024, LocalDate.of(2024, 8, 15), 7));
    }

    @Test
    void aLoadedYearShowsAllItsItemsGroupedByAreaAndKind() {
        assertThat(viewModel.yearProperty().get()).isEqualTo(2024);
        assertThat(viewModel.titleProperty().get()).isEqualTo("2024年嵊泗县公共服务“七优享”工程工作清单");
        assertThat(viewModel.totalCount()).isEqualTo(91);
        assertThat(viewModel.shownCountProperty().get()).isEqualTo(91);
        assertThat(viewModel.rowsProperty().get().get(0)).isEqualTo(new GanttRow.Group(
                new org.qiyouxiang.app.core.gantt.GroupKey("幼有善育", null), "幼有善育", 10));
        assertThat(lines(viewModel.rowsProperty().get())).hasSize(95);
    }

    @Test
    void theWindowsFilterLeavesOnlyWhatMatchesWithCountsInTheHeadings() {
        viewModel.filterProperty().set(GanttFilters.lagging());

        // Items 3, 10, 17 … 87 lag in the made-up progress.
        assertThat(viewModel.shownCountProperty().get()).isEqualTo(13);
        assertThat(viewModel.rowsProperty().get()).filteredOn(r -> r instanceof GanttRow.Line)
                .allMatch(r -> ((GanttRow.Line) r).item().lagging());
        assertThat(viewModel.totalCount()).isEqualTo(91);
    }

    @Test
    void searchAndFilterTogether() {
        viewModel.filterProperty().set(GanttFilters.kind(ItemKind.KEY_INDICATOR));
        viewModel.searchTextProperty().set("县卫健局");

        assertThat(viewModel.rowsProperty().get()).filteredOn(r -> r instanceof GanttRow.Line l && l.isFirst())
                .extracting(r -> ((GanttRow.Line) r).item().item().name())
                .contains("每千人口拥有3岁以下婴幼儿托位数", "托位使用率", "0—3岁儿童发育监测筛查率");
        viewModel.searchTextProperty().set("");
        assertThat(viewModel.shownCountProperty().get()).isEqualTo(26);
    }

    @Test
    void nothingMatchingLeavesNoRows() {
        viewModel.searchTextProperty().set("没有这样的事项");

        assertThat(viewModel.rowsProperty().get()).isEmpty();
        assertThat(viewModel.shownCountProperty().get()).isZero();
    }

    @Test
    void clearingForgetsTheYear() {
        viewModel.clear();

        assertThat(viewModel.rowsProperty().get()).isEmpty();
        assertThat(viewModel.yearProperty().get()).isZero();
    }

    @Test
    void itemsBuiltElsewhereWithoutATitleGetTheOfficialOne() {
        viewModel.setItems(2025, null, List.of());

        assertThat(viewModel.titleProperty().get()).isEqualTo("2025年公共服务“七优享”工程工作清单");
        assertThat(viewModel.yearProperty().get()).isEqualTo(2025);
    }

    @Test
    void anImportPreviewWithoutIdsShowsPlannedQuartersAsNotDue() {
        WorkList preview = new WorkList(null, 2024, "预览", "x.xlsx", SAMPLE.items().stream()
                .map(i -> new org.qiyouxiang.db.model.WorkItem(null, i.area(), i.kind(), i.kindText(), i.number(),
                        i.name(), i.lines())).toList());

        viewModel.load(preview, QuarterFactsSource.NONE);

        assertThat(viewModel.itemsProperty().get()).noneMatch(i -> i.lagging());
        assertThat(viewModel.shownCountProperty().get()).isEqualTo(91);
    }

    private static List<GanttRow> lines(List<GanttRow> rows) {
        return rows.stream().filter(r -> r instanceof GanttRow.Line).toList();
    }
}
