package org.qiyouxiang.app.core.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.excel.WorkListReader;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.WorkList;

/** The office's 2024 work list as the chart's rows. */
class GanttSampleTest {

    private static WorkList list;

    @BeforeAll
    static void read() throws Exception {
        list = new WorkListReader().read(Samples.workList(), OptionalInt.empty()).workList();
    }

    @Test
    void everyItemAndEveryContinuationLineHasARowUnderItsAreaAndKind() {
        List<GanttRow> rows = GanttRows.group(GanttItems.of(list, QuarterFactsSource.NONE));

        List<GanttRow.Group> areas = rows.stream().filter(r -> r instanceof GanttRow.Group g && g.key().isArea())
                .map(GanttRow.Group.class::cast).toList();
        assertThat(areas).extracting(g -> g.label() + " " + g.count()).containsExactly(
                "幼有善育 10", "学有优教 12", "劳有所得 15", "病有良医 16", "老有康养 12", "住有宜居 9", "弱有众扶 14",
                "公共服务一体化 3");
        assertThat(rows.stream().filter(r -> r instanceof GanttRow.Line l && l.isFirst())).hasSize(91);
        assertThat(rows.stream().filter(r -> r instanceof GanttRow.Line)).hasSize(95);
    }

    @Test
    void theNurseryIndicatorSpansAllFourQuartersOf2024() {
        GanttItem first = GanttItems.of(list, QuarterFactsSource.NONE).stream()
                .filter(i -> i.item().area().equals("幼有善育") && i.item().kind() == ItemKind.KEY_INDICATOR
                        && "1".equals(i.item().number()))
                .findFirst().orElseThrow();

        assertThat(first.item().name()).isEqualTo("每千人口拥有3岁以下婴幼儿托位数");
        assertThat(first.line(0).bars()).singleElement().satisfies(bar -> {
            assertThat(bar.from()).isEqualTo(new Quarter(2024, 1));
            assertThat(bar.to()).isEqualTo(new Quarter(2024, 4));
            assertThat(bar.milestone().text()).isEqualTo("年度指标2.6");
        });
    }
}
