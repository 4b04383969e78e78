package org.qiyouxiang.app.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;

/** Filters over 二季度 2024 on 10 July: 11 lags (25 of 30), 12 reported nothing, 13 is at 81%. */
class ItemFilterTest {

    private final ProgressBook book = ProgressBook.of(ProgressFixtures.list(), List.of(
            new QuarterProgress(11, 2, "累计帮扶 25 人次", StatusChoice.NONE, null, null, null, null),
            new QuarterProgress(13, 2, "综合保障率 81%", StatusChoice.NONE, null, null, null, null)), Map.of());
    private final List<QuarterRow> rows = book.rows(2, LocalDate.of(2024, 7, 10));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            # filter                    | item ids
            all                         | 11 12 13
            area 学有优教               | 12
            kind KEY_INDICATOR          | 13
            unit 县卫健局               | 11
            person 韩娜                 | 13
            status ON_TRACK             | 13
            only lagging                | 11
            not reported                | 12
            items 12 13                 | 12 13
            area 弱有众扶, only lagging | ''
            """)
    void letsThroughTheRowsMatchingEveryCriterion(String criteria, String ids) {
        ItemFilter filter = ItemFilter.ALL;
        for (String criterion : criteria.split(", ")) {
            filter = with(filter, criterion);
        }

        assertThat(filter.apply(rows)).extracting(r -> String.valueOf(r.itemId()))
                .containsExactly(ids.isEmpty() ? new String[0] : ids.split(" "));
    }

    @Test
    void countsStatusesAndFlags() {
        assertThat(ItemFilter.count(rows)).isEqualTo(
                new ItemFilter.Counts(3, Map.of(Status.LAGGING, 1, Status.ON_TRACK, 1), 1, 0, 0, 0));
    }

    @Test
    void clerksStatusCountsOverTheProposal() {
        book.put(new QuarterProgress(11, 2, "累计帮扶 25 人次", StatusChoice.overridden(Status.ON_TRACK, "另有 6 人次待录入"),
                new BigDecimal("80"), null, null, null));

        QuarterRow row = book.row(11, 2, LocalDate.of(2024, 7, 10));

        assertThat(row.status()).isEqualTo(Status.ON_TRACK);
        assertThat(row.proposal().status()).isEqualTo(Status.LAGGING);
        assertThat(row.statusReason()).isEqualTo("另有 6 人次待录入");
        assertThat(ItemFilter.ALL.withOnlyLagging(true).apply(book.rows(2, LocalDate.of(2024, 7, 10)))).isEmpty();
    }

    private static ItemFilter with(ItemFilter f, String criterion) {
        String[] words = criterion.split(" ", 2);
        return switch (words[0]) {
            case "all" -> f;
            case "area" -> f.withArea(words[1]);
            case "kind" -> f.withKind(ItemKind.valueOf(words[1]));
            case "unit" -> f.withLeadUnit(words[1]);
            case "person" -> f.withPerson(words[1]);
            case "status" -> f.withStatus(Status.valueOf(words[1]));
            case "only" -> f.withOnlyLagging(true);
            case "not" -> f.withNotReported(true);
            case "items" -> f.withItemIds(Set.of(words[1].split(" ")).stream().map(Long::valueOf)
                    .collect(java.util.stream.Collectors.toSet()));
            default -> throw new IllegalArgumentException(criterion);
        };
    }
}
