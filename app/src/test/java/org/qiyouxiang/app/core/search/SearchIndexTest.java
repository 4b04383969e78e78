package org.qiyouxiang.app.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.StatusChoice;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

class SearchIndexTest {

    private final ProgressBook book = ProgressBook.of(new WorkList(1L, 2024, null, null, List.of(
                    item(1, "推进普惠托育服务体系建设", "县卫健局", "董冬", "推进“5+X”托育服务。"),
                    item(2, "城镇老旧小区改造", "县住建局", "孙政", "开工城镇老旧小区 1 个。"),
                    item(3, "银行网点适老化改造", "县金融办", "韩娜", "开展银发行动。"),
                    item(4, "实施儿童友好医院建设", "县卫健局", "陈海明", "建设儿童友好医院1家。"))),
            List.of(new QuarterProgress(2, 2, "已完成 4 栋楼外立面", StatusChoice.NONE, null, "资金缺口", null, null)),
            Map.of("县卫健局", List.of("县卫生健康局", "县卫生和健康局")));
    private final SearchIndex index = SearchIndex.of(book);

    /**
     * ty also finds 儿童友好 (tong you) of item 4: initials match anywhere. A single letter only matches
     * itself (x in 5+X), or every item would.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            # query          | items
            wjj              | 1 4
            tuoyu            | 1
            tuoy             | 1
            ty               | 1 4
            托育             | 1
            卫健             | 1 4
            县卫生健康局     | 1 4
            wsjkj            | 1 4
            yinhang          | 3
            xingdong         | 3
            lao              | 2 3
            dongdong         | 1
            外立面           | 2
            zjqk             | 2
            资金             | 2
            x                | 1
            5+x              | 1
            托育 dd          | 1
            托育 改造        | ''
            """)
    void findsItemsByChineseOrPinyin(String query, String items) {
        assertThat(index.search(query)).extracting(h -> String.valueOf(h.itemId()))
                .containsExactly(items.isEmpty() ? new String[0] : items.split(" "));
    }

    @Test
    void pinyinInitialsOfAPartAreHighlightedWhereTheyMatch() {
        SearchHit hit = index.search("wjj").get(0);

        assertThat(hit.matches()).containsExactly(new SearchMatch(SearchField.UNIT, 0, "县卫健局", 1, 4, null));
        assertThat(hit.matches().get(0).matched()).isEqualTo("卫健局");
    }

    @Test
    void eachQuarterFieldIsHighlightedInItsQuarter() {
        SearchHit hit = index.search("托育").get(0);

        assertThat(hit.in(SearchField.NAME, 0)).containsExactly(new SearchMatch(SearchField.NAME, 0, "推进普惠托育服务体系建设", 4, 6, null));
        assertThat(hit.in(SearchField.MILESTONE, 1)).containsExactly(new SearchMatch(SearchField.MILESTONE, 1, "推进“5+X”托育服务。", 7, 9, null));
        assertThat(hit.in(SearchField.MILESTONE, 2)).isEmpty();
    }

    @Test
    void unitFoundThroughAnotherSpellingIsHighlightedWhole() {
        SearchHit hit = index.search("卫生健康").get(0);

        assertThat(hit.matches()).containsExactly(new SearchMatch(SearchField.UNIT, 0, "县卫健局", 0, 4, "县卫生健康局"));
    }

    @Test
    void savedProgressIsFoundAfterAnUpdate() {
        index.update(new QuarterProgress(4, 3, "已挂牌儿童友好医院", StatusChoice.NONE, null, null, "迎接省级验收", null));

        assertThat(index.itemIds("验收")).isEqualTo(Set.of(4L));
        assertThat(index.search("验收").get(0).matches())
                .containsExactly(new SearchMatch(SearchField.NEXT_STEPS, 3, "迎接省级验收", 4, 6, null));
        assertThat(index.itemIds("  ")).isNull();
    }

    @Test
    void anItemWhoseFirstReportIsSavedLaterStillComesInTheListsOrder() {
        index.update(new QuarterProgress(3, 1, "召开座谈会", StatusChoice.NONE, null, null, null, null));
        index.update(new QuarterProgress(1, 1, "召开推进会", StatusChoice.NONE, null, null, null, null));

        assertThat(index.search("召开").stream().map(SearchHit::itemId)).containsExactly(1L, 3L);
    }

    @Test
    void aTextClearedAfterSavingIsNoLongerFound() {
        index.update(new QuarterProgress(3, 2, "召开座谈会", StatusChoice.NONE, null, null, null, null));
        index.update(new QuarterProgress(3, 2, "", StatusChoice.NONE, null, null, null, null));

        assertThat(index.itemIds("座谈")).isEmpty();
    }

    private static WorkItem item(long id, String name, String unit, String person, String milestone) {
        return new WorkItem(id, "幼有善育", ItemKind.KEY_TASK, null, String.valueOf(id), name,
                List.of(new ItemLine(null, unit, List.of(unit), person, List.of(person),
                        List.of(Milestone.single(1, milestone)))));
    }
}
