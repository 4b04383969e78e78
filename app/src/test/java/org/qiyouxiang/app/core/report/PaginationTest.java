package org.qiyouxiang.app.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;
import org.qiyouxiang.db.model.Status;

/** Pages as Excel prints them: items whole, the header on every page, the title on the first, 第x页 共y页. */
class PaginationTest {

    static final ReportHeading HEADING = new ReportHeading(2024, 2, "嵊泗县公共服务“七优享”工程", "嵊泗县专班办公室",
            LocalDate.of(2024, 7, 10));

    @Test
    void keepsAnItemsLinesOnOnePageAndSplitsAreasAtPageStarts() {
        ReportTable table = ProgressTableLayout.of(HEADING, items(300));
        PaginatedTable paginated = Paginator.paginate(table, PageSetup.A4_LANDSCAPE);

        assertThat(paginated.slices()).hasSizeGreaterThan(3);
        Set<Integer> itemStarts = new HashSet<>();
        for (int start : table.blockStarts()) {
            itemStarts.add(start);
        }
        for (PageSlice slice : paginated.slices()) {
            assertThat(itemStarts).contains(slice.firstRow());
        }
        for (int start : paginated.pageStarts()) {
            assertThat(paginated.cells(start)).extracting(ReportCell::column).contains(ProgressTableLayout.AREA,
                    ProgressTableLayout.KIND);
            assertThat(paginated.table().regions()).noneMatch(r -> r.firstRow() < start && r.lastRow() >= start);
        }
    }

    @Test
    void regionsNeverOverlap() {
        ReportTable table = Paginator.paginate(ProgressTableLayout.of(HEADING, items(200)), PageSetup.A4_LANDSCAPE)
                .table();
        boolean[][] covered = new boolean[table.rowCount()][table.columnCount()];
        for (Region region : table.regions()) {
            for (int r = region.firstRow(); r <= region.lastRow(); r++) {
                for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                    assertThat(covered[r][c]).as("cell %d,%d in two regions", r, c).isFalse();
                    covered[r][c] = true;
                }
            }
        }
    }

    @Test
    void everyPageFitsThePaperAndNumbersItself() {
        QuarterReport report = new QuarterReport(HEADING, items(120), List.of(), Summaries.of(items(120), null),
                List.of());
        ReportPages pages = ReportPages.of(report);
        PageSetup paper = PageSetup.A4_LANDSCAPE;

        assertThat(pages.size()).isGreaterThan(4);
        for (Page page : pages.pages()) {
            List<PageShape> shapes = page.shapes();
            assertThat(shapes).filteredOn(PageShape.Text.class::isInstance).map(PageShape.Text.class::cast)
                    .extracting(PageShape.Text::text)
                    .contains("第 " + page.number() + " 页 共 " + pages.size() + " 页")
                    .contains(page.slice().first() ? page.table().table().title() : "专项名称");
            double bottom = shapes.stream().filter(PageShape.Stroke.class::isInstance).map(PageShape.Stroke.class::cast)
                    .mapToDouble(s -> Math.max(s.y1(), s.y2())).max().orElse(0);
            assertThat(bottom).isLessThanOrEqualTo(paper.height() - paper.bottom());
        }
        assertThat(pages.page(1).shapes()).filteredOn(PageShape.Fill.class::isInstance).isNotEmpty();
    }

    static List<ReportItem> items(int count) {
        List<ReportItem> items = new ArrayList<>();
        String[] areas = {"幼有善育", "学有优教", "劳有所得"};
        for (int i = 0; i < count; i++) {
            List<ReportItem.Line> lines = new ArrayList<>();
            int lineCount = i % 7 == 0 ? 3 : 1;
            for (int l = 0; l < lineCount; l++) {
                lines.add(new ReportItem.Line(l == 2 ? "续行名称" : null, "完成节点工作" + "，推进项目建设".repeat(i % 4), "县卫健局",
                        "张三"));
            }
            Status status = Status.values()[i % 3];
            items.add(new ReportItem(i, areas[i * areas.length / count], i % 2 == 0 ? "重点任务" : "民生实事",
                    String.valueOf(i + 1), "推进普惠托育服务体系建设" + i, lines, "节点", "完成情况".repeat(1 + i % 5),
                    status, status.name(), Tone.valueOf(status.name()), false, null, "问题", "打算", List.of("县卫健局"),
                    List.of("张三")));
        }
        return items;
    }
}
