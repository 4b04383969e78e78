package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.ChangeTexts;
import org.qiyouxiang.db.ChangeLogRepository;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

class WorkListImportServiceTest {

    @TempDir
    Path folder;
    Database database;
    WorkListImportService imports;
    WorkListService workLists;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        imports = new WorkListImportService(database);
        workLists = new WorkListService(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void firstImportCreatesTheCountysProgramme() throws Exception {
        imports.store(preview(list(2024, "推进普惠托育服务体系建设")), false);

        assertThat(workLists.programme().orElseThrow().name()).isEqualTo("嵊泗县公共服务“七优享”工程");
        assertThat(workLists.programme().orElseThrow().firstYear()).isEqualTo(2023);
        assertThat(workLists.years()).extracting(y -> y.year()).containsExactly(2024);
    }

    @Test
    void summaryCountsAreasAndItems() throws Exception {
        ImportResult result = imports.store(preview(list(2024, "甲", "乙")), false);

        assertThat(result.summary()).isEqualTo("导入 2024 年工作清单：1 个专项，2 项");
    }

    @Test
    void existingYearIsNotReplacedWithoutConsent() throws Exception {
        imports.store(preview(list(2024, "原有事项")), false);

        assertThatThrownBy(() -> imports.store(preview(list(2024, "新事项")), false))
                .isInstanceOf(YearExistsException.class);
        assertThat(names(2024)).containsExactly("原有事项");
    }

    @Test
    void existingYearIsReplacedWhenTheClerkSaysSo() throws Exception {
        imports.store(preview(list(2024, "原有事项")), false);

        ImportResult result = imports.store(preview(list(2024, "新事项")), true);

        assertThat(result.replaced()).isTrue();
        assertThat(names(2024)).containsExactly("新事项");
    }

    @Test
    void eachImportIsInTheChangeLogWithItsFileAndWhatItReplaced() throws Exception {
        imports.store(preview(list(2024, "原有事项")), false);
        imports.store(preview(list(2024, "新事项", "又一事项")), true);

        List<ChangeLogEntry> log = new ChangeLogRepository(database.dsl()).all();
        assertThat(log).extracting(ChangeLogEntry::newValue).containsExactly("清单.xlsx", "清单.xlsx");
        assertThat(log).extracting(e -> ChangeTexts.action(e.action(), e.entity())).containsOnly("导入");
        // Newest first, as the clerk reads the log.
        assertThat(log).extracting(ChangeLogEntry::summary).containsExactly(
                "导入 2024 年工作清单：1 个专项，2 项；替换了原有的 2024 年清单，0 项的进展随事项保留",
                "导入 2024 年工作清单：1 个专项，1 项");
    }

    @Test
    void aRefusedImportLeavesNoLineInTheChangeLog() throws Exception {
        imports.store(preview(list(2024, "原有事项")), false);

        assertThatThrownBy(() -> imports.store(preview(list(2024, "新事项")), false))
                .isInstanceOf(YearExistsException.class);
        assertThat(new ChangeLogRepository(database.dsl()).all()).hasSize(1);
    }

    @Test
    void failedReplaceLeavesTheOldListWhole() throws Exception {
        imports.store(preview(list(2024, "原有事项")), false);
        String tooLong = "长".repeat(5000);

        assertThatThrownBy(() -> imports.store(preview(list(2024, "新事项", tooLong)), true));

        assertThat(names(2024)).containsExactly("原有事项");
    }

    @Test
    void unitAliasesAreMatchedBeforeStoring() throws Exception {
        WorkList withAlias = new WorkList(null, 2024, "2024年嵊泗县公共服务“七优享”工程工作清单", "a.xlsx",
                List.of(item("甲", "县卫生健康局、县人力社保局")));

        imports.store(preview(withAlias), false);

        WorkItem stored = workLists.workList(2024).orElseThrow().items().get(0);
        assertThat(stored.units()).containsExactly("县卫健局", "县人社局");
        assertThat(stored.lines().get(0).unitsText()).isEqualTo("县卫生健康局、县人力社保局");
    }

    private ImportPreview preview(WorkList list) {
        WorkList matched = WorkListImportService.withCanonicalUnits(list,
                new org.qiyouxiang.db.UnitRepository(database.dsl()).canonicalNames());
        return new ImportPreview(Path.of(list.sourceFile()), matched, "嵊泗县", List.of(), false);
    }

    private List<String> names(int year) {
        return workLists.workList(year).orElseThrow().items().stream().map(WorkItem::name).toList();
    }

    private static WorkList list(int year, String... names) {
        return new WorkList(null, year, year + "年嵊泗县公共服务“七优享”工程工作清单", "清单.xlsx",
                java.util.Arrays.stream(names).map(n -> item(n, "县卫健局")).toList());
    }

    private static WorkItem item(String name, String units) {
        return new WorkItem(null, "幼有善育", ItemKind.KEY_TASK, "重点任务", "1", name,
                List.of(new ItemLine(null, units, org.qiyouxiang.app.core.NameLists.split(units), "董冬",
                        List.of("董冬"), List.of(new Milestone(1, 4, "全年推进")))));
    }
}
