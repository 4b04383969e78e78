package org.qiyouxiang.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;
import org.qiyouxiang.db.model.WorkList;

class ProgressRepositoryTest {

    private static final LocalDateTime MAY = LocalDateTime.of(2024, 5, 20, 9, 30);

    @TempDir
    Path folder;
    Database database;
    long listId;
    List<Long> itemIds;

    @BeforeEach
    void storeAList() {
        database = Database.open(folder);
        Programme programme = new ProgrammeRepository(database.dsl()).create("工程", "嵊泗县", 2023, 2027, 2022);
        WorkListRepository lists = new WorkListRepository(database.dsl());
        listId = lists.insert(programme.id(), WorkListFixtures.small(2024));
        WorkList stored = lists.find(programme.id(), 2024).orElseThrow();
        itemIds = stored.items().stream().map(i -> i.id()).toList();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void writtenProgressReadsBackWholeAfterReopening() {
        QuarterProgress written = new QuarterProgress(itemIds.get(0), 2, "托位数 2.7 个",
                StatusChoice.overridden(Status.DONE, "已提前完成"), new BigDecimal("70.5"), "场地不足", "新增托位", MAY);
        new ProgressRepository(database.dsl()).write(written);
        database.close();

        database = Database.open(folder);
        ProgressRepository progress = new ProgressRepository(database.dsl());

        assertThat(progress.find(itemIds.get(0), 2)).isEqualTo(written);
        assertThat(progress.forList(listId)).containsExactly(written);
        assertThat(progress.find(itemIds.get(0), 3)).isEqualTo(QuarterProgress.empty(itemIds.get(0), 3));
    }

    @Test
    void writingAgainUpdatesTheSameRow() {
        ProgressRepository progress = new ProgressRepository(database.dsl());
        long first = progress.write(new QuarterProgress(itemIds.get(1), 1, "甲", StatusChoice.NONE, null, null, null, MAY));

        long second = progress.write(new QuarterProgress(itemIds.get(1), 1, null, StatusChoice.confirmed(Status.ON_TRACK),
                null, null, null, MAY.plusHours(1)));

        assertThat(second).isEqualTo(first);
        assertThat(progress.forList(listId)).containsExactly(new QuarterProgress(itemIds.get(1), 1, null,
                new StatusChoice(Status.ON_TRACK, false, null), null, null, null, MAY.plusHours(1)));
    }

    @Test
    void changeLogIsReadNewestFirstByItemAndByPeriod() {
        ChangeLogRepository log = new ChangeLogRepository(database.dsl());
        log.insert(List.of(
                entry(MAY, itemIds.get(0), "甲"),
                entry(MAY.plusDays(1), itemIds.get(0), "乙"),
                entry(MAY.plusDays(2), itemIds.get(1), "丙")));

        assertThat(log.forItem(itemIds.get(0))).extracting(ChangeLogEntry::newValue).containsExactly("乙", "甲");
        assertThat(log.between(MAY.plusDays(1), MAY.plusDays(3))).extracting(ChangeLogEntry::newValue)
                .containsExactly("丙", "乙");
        assertThat(log.forItem(itemIds.get(1)).get(0)).isEqualTo(new ChangeLogEntry(
                log.forItem(itemIds.get(1)).get(0).id(), MAY.plusDays(2), "办公室", "edit", "quarter_progress", 7L,
                itemIds.get(1), 2, "done_text", null, "丙", "摘要"));
    }

    private static ChangeLogEntry entry(LocalDateTime at, long itemId, String value) {
        return new ChangeLogEntry(null, at, "办公室", "edit", "quarter_progress", 7L, itemId, 2, "done_text", null, value,
                "摘要");
    }
}
