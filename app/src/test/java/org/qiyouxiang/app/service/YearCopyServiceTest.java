package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

class YearCopyServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path folder;
    Database database;
    YearCopyService copies;
    WorkListService workLists;
    ProgressService progress;

    @BeforeEach
    void importAList() throws Exception {
        database = Database.open(folder);
        Clock clock = Clock.fixed(LocalDateTime.of(2024, 12, 20, 10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        copies = new YearCopyService(database, clock, "测试员");
        workLists = new WorkListService(database);
        progress = new ProgressService(database, clock, "测试员");
        ServiceFixtures.importList(database, 2024);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void copiesAreasItemsLinesUnitsPersonsAndMilestonesWithoutProgress() throws Exception {
        long item = workLists.workList(2024).orElseThrow().items().get(0).id();
        progress.save(new Change(item, 1, ProgressField.DONE_TEXT, null, "已推进"));

        YearCopyService.CopyResult result = copies.copyToNextYear(2024);

        WorkList copied = workLists.workList(2025).orElseThrow();
        WorkList original = workLists.workList(2024).orElseThrow();
        assertThat(result.summary()).isEqualTo("已将 2024 年工作清单复制为 2025 年（2 项，不含完成情况）");
        assertThat(copied.title()).isEqualTo("2025年嵊泗县公共服务“七优享”工程工作清单");
        assertThat(copied.items()).extracting(WorkItem::area, WorkItem::kind, WorkItem::number, WorkItem::name, WorkItem::lines)
                .isEqualTo(original.items().stream().map(i -> tuple(i.area(), i.kind(),
                        i.number(), i.name(), i.lines())).toList());
        var book = progress.load(2025).orElseThrow();
        assertThat(book.items()).allSatisfy(i -> assertThat(book.progress(i.id(), 1).isEmpty()).isTrue());
    }

    @Test
    void copyIsLogged() throws Exception {
        copies.copyToNextYear(2024);

        assertThat(progress.history(LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 20)))
                .extracting(ChangeLogEntry::actor, ChangeLogEntry::action, ChangeLogEntry::entity, ChangeLogEntry::summary)
                .containsExactly(tuple("测试员", "copy", "work_list",
                        "复制 2024 年工作清单为 2025 年（2 项）"));
    }

    @Test
    void refusesWhenTheNextYearExists() throws Exception {
        ServiceFixtures.importList(database, 2025);

        assertThatThrownBy(() -> copies.copyToNextYear(2024)).isInstanceOf(SaveRefusedException.class)
                .hasMessage("2025 年的工作清单已存在，未复制。");
    }

    @Test
    void refusesBeyondTheProgrammesLastYear() throws Exception {
        ServiceFixtures.importList(database, 2027);

        assertThatThrownBy(() -> copies.copyToNextYear(2027)).isInstanceOf(SaveRefusedException.class)
                .hasMessage("2028 年超出工程年限（2023—2027 年），未复制。");
    }

    @Test
    void refusesAYearThatIsNotStored() {
        assertThatThrownBy(() -> copies.copyToNextYear(2025)).isInstanceOf(SaveRefusedException.class)
                .hasMessage("数据库中没有 2025 年的工作清单，无法复制。");
    }
}
