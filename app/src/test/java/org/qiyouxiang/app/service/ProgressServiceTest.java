package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;

class ProgressServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime JULY_10 = LocalDateTime.of(2024, 7, 10, 9, 0);

    @TempDir
    Path folder;
    Database database;
    ProgressService progress;
    long item;
    long other;

    @BeforeEach
    void importAList() throws Exception {
        database = Database.open(folder);
        progress = service(JULY_10);
        ServiceFixtures.importList(database, 2024);
        ProgressBook book = progress.load(2024).orElseThrow();
        item = book.items().get(0).id();
        other = book.items().get(1).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savedEditIsThereAfterReopeningTheDatabase() throws Exception {
        QuarterProgress saved = progress.save(new Change(item, 2, ProgressField.DONE_TEXT, null, "累计帮扶 25 人次"));
        database.close();

        database = Database.open(folder);
        ProgressBook book = service(JULY_10).load(2024).orElseThrow();

        assertThat(saved).isEqualTo(new QuarterProgress(item, 2, "累计帮扶 25 人次", StatusChoice.NONE, null, null, null, JULY_10));
        assertThat(book.progress(item, 2)).isEqualTo(saved);
        QuarterRow row = book.row(item, 2, progress.today());
        assertThat(row.status()).isEqualTo(Status.LAGGING);
        assertThat(row.statusReason()).isEqualTo("实际 25人次，未达到节点 30人次");
    }

    @Test
    void pasteIsAllOrNothing() {
        ChangeSet paste = ChangeSet.paste(List.of(
                new Change(item, 2, ProgressField.DONE_TEXT, null, "累计帮扶 25 人次"),
                new Change(item, 2, ProgressField.PERCENT, null, new BigDecimal("60")),
                new Change(other, 2, ProgressField.PROBLEMS, null, "长".repeat(4001))));

        assertThatThrownBy(() -> progress.apply(paste)).isInstanceOf(SaveRefusedException.class)
                .hasMessage("“城镇老旧小区改造”二季度的存在问题过长（4001 字，最多 4000 字），本次未保存。");

        ProgressBook book = progress.load(2024).orElseThrow();
        assertThat(book.progress(item, 2)).isEqualTo(QuarterProgress.empty(item, 2));
        assertThat(progress.history(item)).isEmpty();
    }

    @Test
    void pasteReachingAnItemThatIsGoneLeavesNothing() {
        ChangeSet paste = ChangeSet.paste(List.of(
                new Change(item, 2, ProgressField.DONE_TEXT, null, "累计帮扶 25 人次"),
                new Change(-1, 2, ProgressField.DONE_TEXT, null, "不存在的事项")));

        assertThatThrownBy(() -> progress.apply(paste)).isInstanceOf(SaveRefusedException.class)
                .hasMessage("有事项已不在工作清单中（可能已重新导入），本次未保存。");
        assertThat(progress.load(2024).orElseThrow().progress(item, 2).reported()).isFalse();
    }

    @Test
    void everyChangeIsLoggedWithOldAndNewValues() throws Exception {
        progress.save(new Change(item, 2, ProgressField.DONE_TEXT, null, "累计帮扶 25 人次"));
        ProgressService later = service(JULY_10.plusMinutes(5));
        later.save(new Change(item, 2, ProgressField.STATUS, StatusChoice.NONE,
                StatusChoice.overridden(Status.ON_TRACK, "另有 6 人次待录入")));
        later.save(new Change(item, 2, ProgressField.DONE_TEXT, "累计帮扶 25 人次", "累计帮扶 31 人次"));

        List<ChangeLogEntry> history = progress.history(item);

        String summary = "推进普惠托育服务体系建设：二季度";
        assertThat(history).extracting(e -> List.of(e.changedAt().toString(), e.actor(), e.action(), e.entity(),
                        String.valueOf(e.quarter()), e.field(), String.valueOf(e.oldValue()), String.valueOf(e.newValue()),
                        e.summary()))
                .containsExactly(
                        List.of("2024-07-10T09:05", "测试员", "edit", "quarter_progress", "2", "done_text",
                                "累计帮扶 25 人次", "累计帮扶 31 人次", summary + "完成情况"),
                        List.of("2024-07-10T09:05", "测试员", "edit", "quarter_progress", "2", "override_reason",
                                "null", "另有 6 人次待录入", summary + "状态"),
                        List.of("2024-07-10T09:05", "测试员", "edit", "quarter_progress", "2", "status_overridden",
                                "false", "true", summary + "状态"),
                        List.of("2024-07-10T09:05", "测试员", "edit", "quarter_progress", "2", "status",
                                "null", "ON_TRACK", summary + "状态"),
                        List.of("2024-07-10T09:00", "测试员", "edit", "quarter_progress", "2", "done_text",
                                "null", "累计帮扶 25 人次", summary + "完成情况"));
        assertThat(history).allSatisfy(e -> assertThat(e.workItemId()).isEqualTo(item));
    }

    @Test
    void undoAppliesTheInverseAndRedoItsInverse() throws Exception {
        ChangeSet paste = ChangeSet.paste(List.of(
                new Change(item, 2, ProgressField.DONE_TEXT, null, "累计帮扶 25 人次"),
                new Change(item, 2, ProgressField.PERCENT, null, new BigDecimal("60")),
                new Change(other, 3, ProgressField.NEXT_STEPS, null, "推进外立面改造")));
        progress.apply(paste);

        List<QuarterProgress> undone = progress.apply(paste.inverse());

        assertThat(undone).containsExactly(
                new QuarterProgress(other, 3, null, StatusChoice.NONE, null, null, null, JULY_10),
                new QuarterProgress(item, 2, null, StatusChoice.NONE, null, null, null, JULY_10));
        assertThat(progress.history(other)).extracting(ChangeLogEntry::action).containsExactly("undo", "paste");

        progress.apply(paste.inverse().inverse());

        ProgressBook book = progress.load(2024).orElseThrow();
        assertThat(book.progress(item, 2).doneText()).isEqualTo("累计帮扶 25 人次");
        assertThat(book.progress(item, 2).percent()).isEqualByComparingTo("60");
        assertThat(book.progress(other, 3).nextSteps()).isEqualTo("推进外立面改造");
        assertThat(progress.history(other)).extracting(ChangeLogEntry::action).containsExactly("redo", "undo", "paste");
    }

    @Test
    void changeOfACellChangedMeanwhileIsRefused() throws Exception {
        progress.save(new Change(item, 2, ProgressField.DONE_TEXT, null, "甲"));

        assertThatThrownBy(() -> progress.save(new Change(item, 2, ProgressField.DONE_TEXT, null, "乙")))
                .isInstanceOf(SaveRefusedException.class)
                .hasMessage("“推进普惠托育服务体系建设”二季度的完成情况已被修改，本次未保存。请重新打开该年度后再试。");
    }

    @Test
    void editThatChangesNothingWritesNothing() throws Exception {
        assertThat(progress.apply(ChangeSet.edit(new Change(item, 2, ProgressField.PROBLEMS, null, " ")))).isEmpty();
        assertThat(progress.history(item)).isEmpty();
    }

    @Test
    void programmeHistoryIsFilteredByDaysNewestFirst() throws Exception {
        service(JULY_10.minusDays(20)).save(new Change(item, 2, ProgressField.DONE_TEXT, null, "六月"));
        service(JULY_10.minusDays(2)).save(new Change(other, 2, ProgressField.DONE_TEXT, null, "七月初"));
        progress.save(new Change(item, 2, ProgressField.DONE_TEXT, "六月", "七月"));

        assertThat(progress.history(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 10)))
                .extracting(ChangeLogEntry::newValue).containsExactly("七月", "七月初");
        assertThat(progress.history(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)))
                .extracting(ChangeLogEntry::newValue).containsExactly("六月");
    }

    @Test
    void unitAliasesComeWithTheBook() {
        assertThat(progress.load(2024).orElseThrow().unitAliases().get("县卫健局"))
                .containsExactly("县卫生健康局", "县卫生和健康局");
    }

    private ProgressService service(LocalDateTime now) {
        return new ProgressService(database, Clock.fixed(now.atZone(SHANGHAI).toInstant(), SHANGHAI), "测试员");
    }
}
