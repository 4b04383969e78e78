package org.qiyouxiang.app.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.excel.WorkListReader;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * The progress table over every item and quarter of the 2024 sample work list: whatever the date and
 * whatever the units report, each row has a status or says, in Chinese, why it cannot have one.
 */
class SampleProgressBookTest {

    static WorkList sample;

    @BeforeAll
    static void readSample() throws Exception {
        WorkList read = new WorkListReader().read(Samples.workList(), OptionalInt.empty()).workList();
        List<WorkItem> withIds = new ArrayList<>();
        long id = 1;
        for (WorkItem i : read.items()) {
            withIds.add(new WorkItem(id++, i.area(), i.kind(), i.kindText(), i.number(), i.name(), i.lines()));
        }
        sample = new WorkList(1L, read.year(), read.title(), read.sourceFile(), withIds);
    }

    @ParameterizedTest(name = "on {0}, every item reports {1}")
    @CsvSource(delimiterString = "|", nullValues = "∅", textBlock = """
            # today      | report
            2024-02-15   | nothing
            2024-05-20   | nothing
            2024-07-10   | nothing
            2025-01-10   | nothing
            2024-05-20   | its milestone
            2024-07-10   | its milestone
            2025-01-10   | its milestone
            2024-07-10   | 已完成
            2024-07-10   | 进展顺利
            2024-07-10   | 50%
            2025-01-10   | 100%
            """)
    void everyRowHasAStatusOrSaysWhyNot(LocalDate today, String report) {
        ProgressBook book = ProgressBook.of(sample, reports(report), Map.of());

        for (int q = 1; q <= 4; q++) {
            for (QuarterRow row : book.rows(q, today)) {
                String reason = row.statusReason();
                assertThat(reason).as(row.item().name() + " Q" + q).isNotBlank().doesNotStartWith("progress.");
                assertThat(row.status() != null || reason.contains("需人工判断") || row.notReported())
                        .as(row.item().name() + " Q" + q + ": " + reason).isTrue();
            }
        }
    }

    /** 5 items plan nothing (/) in 二季度; every other one is 未报送 once the quarter is over. */
    @Test
    void secondQuarterJustAfterItEndedWithNothingReported() {
        ProgressBook book = ProgressBook.of(sample, List.of(), Map.of());

        ItemFilter.Counts counts = ItemFilter.count(book.rows(2, LocalDate.of(2024, 7, 10)));

        assertThat(counts).isEqualTo(new ItemFilter.Counts(91, Map.of(Status.NO_PLAN, 5), 86, 0, 0, 0));
    }

    /**
     * Units that copy their milestone as the report reach every number in it; the 43 left to judge have a
     * milestone without a number, or with several.
     */
    @Test
    void unitsThatCopyTheirMilestoneAsTheReportReachEveryNumber() {
        ProgressBook book = ProgressBook.of(sample, reports("its milestone"), Map.of());

        ItemFilter.Counts counts = ItemFilter.count(book.rows(2, LocalDate.of(2024, 7, 10)));

        assertThat(counts).isEqualTo(new ItemFilter.Counts(91,
                Map.of(Status.NO_PLAN, 5, Status.ON_TRACK, 36, Status.DONE, 7), 0, 43, 0, 0));
    }

    private static List<QuarterProgress> reports(String report) {
        List<QuarterProgress> reports = new ArrayList<>();
        if (report.equals("nothing")) {
            return reports;
        }
        ProgressBook plans = ProgressBook.of(sample, List.of(), Map.of());
        for (WorkItem item : sample.items()) {
            for (int q = 1; q <= 4; q++) {
                String text = report.equals("its milestone") ? plans.plan(item.id(), q).text()
                        : report.endsWith("%") ? null : report;
                BigDecimal percent = report.endsWith("%") ? new BigDecimal(report.replace("%", "")) : null;
                reports.add(new QuarterProgress(item.id(), q, text, StatusChoice.NONE, percent, null, null, null));
            }
        }
        return reports;
    }
}
