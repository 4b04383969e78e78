package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.UnitRepository;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** Importing a year again keeps its progress where it can, and the import can be undone and redone. */
class ImportUndoServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path folder;
    Database database;
    ProgressService progress;
    ImportUndoService undo;
    WorkListService workLists;
    long childcare;
    long housing;

    @BeforeEach
    void importAndReport() throws Exception {
        database = Database.open(folder);
        Clock clock = Clock.fixed(LocalDateTime.of(2024, 7, 10, 9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        progress = new ProgressService(database, clock, "测试员");
        undo = new ImportUndoService(database, clock, "测试员");
        workLists = new WorkListService(database);
        ServiceFixtures.importList(database, 2024);
        List<WorkItem> items = workLists.workList(2024).orElseThrow().items();
        childcare = items.get(0).id();
        housing = items.get(1).id();
        progress.apply(ChangeSet.paste(List.of(
                new Change(childcare, 2, ProgressField.DONE_TEXT, null, "累计帮扶 25 人次"),
                new Change(housing, 2, ProgressField.DONE_TEXT, null, "主体完工"))));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void importingTheYearAgainKeepsTheProgressOfItemsStillThere() throws Exception {
        reimportWithoutHousing();

        WorkList now = workLists.workList(2024).orElseThrow();
        assertThat(now.items()).extracting(WorkItem::name).containsExactly("推进普惠托育服务体系建设", "新增事项");
        assertThat(progress.load(2024).orElseThrow().progress(now.items().get(0).id(), 2).doneText())
                .isEqualTo("累计帮扶 25 人次");
    }

    @Test
    void undoPutsTheOldListBackUnderItsOldIdsWithAllItsProgress() throws Exception {
        YearSnapshot before = undo.snapshot(2024);
        reimportWithoutHousing();
        ListReplacement replacement = new ListReplacement(2024, before, undo.snapshot(2024));

        undo.apply(replacement.inverse(), ChangeSet.Action.UNDO);

        assertThat(undo.snapshot(2024).list().items()).isEqualTo(before.list().items());
        assertThat(progress.load(2024).orElseThrow().progress(housing, 2).doneText()).isEqualTo("主体完工");
        progress.save(new Change(housing, 2, ProgressField.DONE_TEXT, "主体完工", "主体完工，外立面进行中"));
    }

    /** The list itself gets a new id; its items keep theirs. */
    @Test
    void redoPutsTheImportedListBack() throws Exception {
        YearSnapshot before = undo.snapshot(2024);
        reimportWithoutHousing();
        ListReplacement replacement = new ListReplacement(2024, before, undo.snapshot(2024));
        undo.apply(replacement.inverse(), ChangeSet.Action.UNDO);

        undo.apply(replacement, ChangeSet.Action.REDO);

        YearSnapshot now = undo.snapshot(2024);
        assertThat(now.list().items()).isEqualTo(replacement.after().list().items());
        assertThat(now.progress()).isEqualTo(replacement.after().progress());
    }

    @Test
    void undoOfAFirstImportRemovesTheYear() throws Exception {
        ServiceFixtures.importList(database, 2025);
        ListReplacement firstImport = new ListReplacement(2025, null, undo.snapshot(2025));

        undo.apply(firstImport.inverse(), ChangeSet.Action.UNDO);

        assertThat(workLists.workList(2025)).isEmpty();
    }

    @Test
    void undoIsRefusedWhenTheYearChangedSince() throws Exception {
        YearSnapshot before = undo.snapshot(2024);
        reimportWithoutHousing();
        ListReplacement replacement = new ListReplacement(2024, before, undo.snapshot(2024));
        long item = workLists.workList(2024).orElseThrow().items().get(1).id();
        progress.save(new Change(item, 1, ProgressField.DONE_TEXT, null, "新事项已启动"));

        assertThatThrownBy(() -> undo.apply(replacement.inverse(), ChangeSet.Action.UNDO))
                .isInstanceOf(SaveRefusedException.class)
                .hasMessage("2024 年的工作清单在导入后已有改动，无法撤销这次导入。");
    }

    private void reimportWithoutHousing() throws Exception {
        WorkList list = ServiceFixtures.list(2024);
        WorkItem added = new WorkItem(null, "住有宜居", list.items().get(1).kind(), null, "2", "新增事项",
                list.items().get(1).lines());
        WorkList corrected = new WorkList(null, 2024, list.title(), "清单（修订）.xlsx", List.of(list.items().get(0), added));
        WorkList matched = WorkListImportService.withCanonicalUnits(corrected,
                new UnitRepository(database.dsl()).canonicalNames());
        new WorkListImportService(database).store(
                new ImportPreview(Path.of("清单（修订）.xlsx"), matched, "嵊泗县", List.of(), true), true);
    }
}
