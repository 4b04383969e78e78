package org.qiyouxiang.app.core.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiyouxiang.app.core.gantt.Items.item;
import static org.qiyouxiang.app.core.gantt.Items.line;
import static org.qiyouxiang.app.core.gantt.Items.ownLine;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Status;

class GanttFiltersTest {

    private final GanttItem nursery = Items.gantt(item("幼有善育", ItemKind.KEY_TASK, "1", "推进普惠托育服务体系建设",
            line("县卫健局", "1 全面实施《浙江省“十四五”托育服务发展规划》", "2-4 扩大普惠托育服务供给")));
    private final GanttItem aed = GanttItems.of(item("病有良医", ItemKind.LIVELIHOOD, "3", "新增配置自动体外除颤仪",
            line("县卫健局", "1 安装"), ownLine("培训急救救护人员100人以上", "县红十字会", "1 培训")), 2024,
            (id, q) -> q == 1 ? QuarterFacts.of(Status.LAGGING) : QuarterFacts.NONE);
    private final List<GanttItem> items = List.of(nursery, aed);

    @ParameterizedTest
    @CsvSource(textBlock = """
            托育,           推进普惠托育服务体系建设
            十四五,         推进普惠托育服务体系建设
            红十字会,       新增配置自动体外除颤仪
            '救护  100',    新增配置自动体外除颤仪
            县卫健局,       推进普惠托育服务体系建设|新增配置自动体外除颤仪
            病有良医,       新增配置自动体外除颤仪
            '  ',           推进普惠托育服务体系建设|新增配置自动体外除颤仪
            托育 红十字会,  ''
            """)
    void searchFindsEveryWordInNameUnitsOrMilestones(String text, String names) {
        assertThat(names(GanttFilters.search(text))).isEqualTo(names == null ? "" : names);
    }

    @Test
    void searchIgnoresTheCaseOfLatinLetters() {
        GanttItem x = Items.gantt(item("幼有善育", ItemKind.KEY_TASK, "2", "构建“1+1+X”医育结合体系",
                line("县卫健局", "1 启动")));

        assertThat(GanttFilters.search("1+1+x").test(x)).isTrue();
    }

    @Test
    void filtersAskAboutAreaKindUnitAndStatus() {
        assertThat(names(GanttFilters.area("病有良医"))).isEqualTo("新增配置自动体外除颤仪");
        assertThat(names(GanttFilters.kind(ItemKind.KEY_TASK))).isEqualTo("推进普惠托育服务体系建设");
        assertThat(names(GanttFilters.unit("县红十字会"))).isEqualTo("新增配置自动体外除颤仪");
        assertThat(names(GanttFilters.lagging())).isEqualTo("新增配置自动体外除颤仪");
        assertThat(names(GanttFilters.status(Status.NOT_DUE, 2))).isEqualTo("推进普惠托育服务体系建设");
        assertThat(names(GanttFilters.status(Status.NO_PLAN))).isEqualTo("新增配置自动体外除颤仪");
        assertThat(names(GanttFilters.lagging().and(GanttFilters.unit("县卫健局")))).isEqualTo("新增配置自动体外除颤仪");
    }

    private String names(Predicate<GanttItem> filter) {
        return String.join("|", items.stream().filter(filter).map(i -> i.item().name()).toList());
    }
}
