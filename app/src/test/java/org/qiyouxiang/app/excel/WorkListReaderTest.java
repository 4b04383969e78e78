package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** The office's own 2024 work list, read: every shape it has (merges, spans, continuation rows) comes out right. */
class WorkListReaderTest {

    static WorkListReadResult read;
    static WorkList list;

    @BeforeAll
    static void readSample() throws Exception {
        read = new WorkListReader().read(Samples.workList(), OptionalInt.empty());
        list = read.workList();
    }

    @Test
    void findsYearTitleAndCounty() {
        assertThat(list.year()).isEqualTo(2024);
        assertThat(list.title()).isEqualTo("2024年嵊泗县公共服务“七优享”工程工作清单");
        assertThat(read.county()).isEqualTo("嵊泗县");
    }

    @Test
    void readsNinetyOneItemsInEightAreas() {
        assertThat(list.items()).hasSize(91);
        assertThat(list.areas()).containsExactly("幼有善育", "学有优教", "劳有所得", "病有良医", "老有康养", "住有宜居",
                "弱有众扶", "公共服务一体化");
    }

    @Test
    void countsKindsPerAreaAsTheDocument() {
        Map<String, Map<ItemKind, Long>> counts = list.items().stream().collect(Collectors.groupingBy(WorkItem::area,
                Collectors.groupingBy(WorkItem::kind, Collectors.counting())));
        assertThat(counts.get("幼有善育")).isEqualTo(Map.of(ItemKind.KEY_INDICATOR, 3L, ItemKind.KEY_TASK, 7L));
        assertThat(counts.get("劳有所得")).isEqualTo(Map.of(ItemKind.KEY_INDICATOR, 4L, ItemKind.KEY_TASK, 8L,
                ItemKind.LIVELIHOOD, 3L));
        assertThat(counts.get("住有宜居")).isEqualTo(Map.of(ItemKind.KEY_INDICATOR, 4L, ItemKind.KEY_TASK, 4L,
                ItemKind.LIVELIHOOD, 1L));
        assertThat(counts.get("公共服务一体化")).isEqualTo(Map.of(ItemKind.KEY_TASK, 3L));
    }

    @Test
    void aMilestoneMergedAcrossTheYearSpansAllFourQuarters() {
        WorkItem first = item("幼有善育", ItemKind.KEY_INDICATOR, "1");

        assertThat(first.name()).isEqualTo("每千人口拥有3岁以下婴幼儿托位数");
        assertThat(first.lines()).containsExactly(new ItemLine(null, "县卫健局", List.of("县卫健局"), "董冬",
                List.of("董冬"), List.of(new Milestone(1, 4, "年度指标2.6"))));
    }

    @Test
    void partialSpansAndEmptyQuartersStayAsWritten() {
        WorkItem allowance = item("老有康养", ItemKind.KEY_TASK, "2");
        WorkItem planning = item("老有康养", ItemKind.KEY_TASK, "3");

        assertThat(allowance.lines().get(0).milestones()).extracting(Milestone::fromQuarter, Milestone::toQuarter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3), org.assertj.core.groups.Tuple.tuple(4, 4));
        assertThat(planning.lines().get(0).milestones()).containsExactly(
                new Milestone(1, 2, "完成布局规划编制文本工作。"), new Milestone(3, 3, "完成编制评审。"),
                new Milestone(4, 4, "完成规划发布。"));
    }

    @Test
    void noPlanMarksAreKeptAsMilestones() {
        WorkItem training = item("学有优教", ItemKind.KEY_INDICATOR, "1");

        assertThat(training.lines().get(0).milestoneFor(4)).hasValueSatisfying(m -> assertThat(m.noPlan()).isTrue());
        assertThat(training.lines().get(0).milestoneFor(2).orElseThrow().text())
                .isEqualTo("落实工作要求，累计开展职业教育培训 50 人次。");
    }

    @Test
    void continuationRowsBelongToTheItemAbove() {
        WorkItem labour = item("劳有所得", ItemKind.KEY_TASK, "5");

        assertThat(labour.name()).isEqualTo("加强劳动关系综合治理");
        assertThat(labour.lines()).hasSize(3);
        assertThat(labour.lines()).extracting(ItemLine::ownName).containsOnlyNulls();
        assertThat(labour.lines().get(1).milestoneFor(1).orElseThrow().text())
                .isEqualTo("全县“开工第一课”活动服务企业覆盖率不低于3%。");
        assertThat(labour.milestoneCount()).isEqualTo(12);
    }

    @Test
    void aContinuationRowWithItsOwnNameKeepsIt() {
        WorkItem aed = item("病有良医", ItemKind.LIVELIHOOD, "3");

        assertThat(aed.name()).isEqualTo("在公共场所新增配置自动体外除颤仪20台");
        assertThat(aed.lines()).extracting(ItemLine::ownName).containsExactly(null, "培训急救救护人员100人以上");
        assertThat(aed.lines().get(1).units()).containsExactly("县红十字会");
    }

    @Test
    void aContinuationRowCarriesItsOwnUnitsAndSpan() {
        WorkItem facilities = item("公共服务一体化", ItemKind.KEY_TASK, "2");

        assertThat(facilities.lines().get(0).units()).containsExactly("县公共服务七优享工程工作专班办公室", "县民政局", "县住建局");
        assertThat(facilities.lines().get(0).persons()).containsExactly("韩娜", "陈海明", "孙政");
        assertThat(facilities.lines().get(1)).isEqualTo(new ItemLine(null, "县民政局", List.of("县民政局"), null,
                List.of(), List.of(new Milestone(2, 4, "建成运营首批 1 家民生服务综合体。"))));
    }

    @Test
    void textKeepsTheWritersLineBreaksAndCharacters() {
        WorkItem relief = item("弱有众扶", ItemKind.KEY_INDICATOR, "2");

        assertThat(relief.lines().get(0).milestoneFor(1).orElseThrow().text())
                .startsWith("1.累计服务困难群众占在册对象的比例达到 20%；");
    }

    @Test
    void warnsAboutNothingInTheOfficesOwnFile() {
        assertThat(read.warnings()).isEmpty();
    }

    static WorkItem item(String area, ItemKind kind, String number) {
        return list.items().stream()
                .filter(i -> i.area().equals(area) && i.kind() == kind && number.equals(i.number()))
                .findFirst().orElseThrow();
    }
}
