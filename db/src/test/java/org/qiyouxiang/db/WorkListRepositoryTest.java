package org.qiyouxiang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

class WorkListRepositoryTest {

    @TempDir
    Path folder;
    Database database;
    Programme programme;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("数据 文件夹"));
        programme = new ProgrammeRepository(database.dsl()).create("嵊泗县公共服务“七优享”工程", "嵊泗县", 2023, 2027, 2022);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storedListReadsBackEqualWithIds() {
        WorkList stored = store(WorkListFixtures.small(2024));

        WorkList read = new WorkListRepository(database.dsl()).find(programme.id(), 2024).orElseThrow();

        assertThat(read.items()).extracting(WorkItem::name).containsExactly(
                "每千人口拥有3岁以下婴幼儿托位数", "在公共场所新增配置自动体外除颤仪20台", "加强公共服务设施融合共建");
        assertThat(read.items()).allSatisfy(i -> assertThat(i.id()).isNotNull());
        assertThat(withoutIds(read)).isEqualTo(withoutIds(stored));
    }

    @Test
    void unitAliasesResolveToTheKnownUnit() {
        UnitRepository units = new UnitRepository(database.dsl());

        assertThat(units.resolve("县卫生健康局")).isEqualTo(units.resolve("县卫健局"));
        assertThat(units.resolve("县人力社保局")).isEqualTo(units.resolve("县人社局"));
        assertThat(units.canonicalNames()).containsEntry("县卫生健康局", "县卫健局");
    }

    @Test
    void unitCellIsKeptAsWrittenBesideTheMatchedUnit() {
        store(WorkListFixtures.small(2024));

        WorkList read = new WorkListRepository(database.dsl()).find(programme.id(), 2024).orElseThrow();

        assertThat(read.items().get(0).units()).containsExactly("县卫健局");
        assertThat(read.items().get(0).lines().get(0).unitsText()).isEqualTo("县卫生健康局");
    }

    @Test
    void continuationLineKeepsItsOwnNameUnitsAndSpan() {
        store(WorkListFixtures.small(2024));

        WorkItem item = new WorkListRepository(database.dsl()).find(programme.id(), 2024).orElseThrow().items().get(2);

        assertThat(item.lines()).hasSize(2);
        assertThat(item.lines().get(1).ownName()).isEqualTo("建成运营首批 1 家民生服务综合体");
        assertThat(item.lines().get(1).milestones()).containsExactly(new Milestone(2, 4, "建成运营首批 1 家民生服务综合体。"));
        assertThat(item.units()).containsExactly("县民政局", "县住建局");
        assertThat(item.persons()).containsExactly("陈海明", "孙政");
    }

    @Test
    void summariesCountItemsPerYear() {
        store(WorkListFixtures.small(2024));
        store(WorkListFixtures.small(2025));

        assertThat(new WorkListRepository(database.dsl()).summaries(programme.id()))
                .extracting(s -> s.year() + ":" + s.itemCount())
                .containsExactly("2024:3", "2025:3");
    }

    @Test
    void aYearCanBeStoredOnlyOnce() {
        store(WorkListFixtures.small(2024));

        assertThatThrownBy(() -> store(WorkListFixtures.small(2024)))
                .hasMessageContaining("UQ_WORK_LIST_YEAR");
    }

    @Test
    void deletingAYearRemovesItsItemsButKeepsTheOtherYear() {
        store(WorkListFixtures.small(2024));
        store(WorkListFixtures.small(2025));
        WorkListRepository lists = new WorkListRepository(database.dsl());

        lists.delete(programme.id(), 2024);

        assertThat(lists.find(programme.id(), 2024)).isEmpty();
        assertThat(lists.find(programme.id(), 2025).orElseThrow().items()).hasSize(3);
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        store(WorkListFixtures.small(2024));
        database.checkpointSync();
        database.close();

        database = Database.open(folder.resolve("数据 文件夹"));

        assertThat(new WorkListRepository(database.dsl()).find(programme.id(), 2024)).isPresent();
    }

    @Test
    void viewsReadingTheSameStoredListShareOneCopy() {
        store(WorkListFixtures.small(2024));
        WorkListRepository cached = new WorkListRepository(database.dsl(), database.workListCache());

        WorkList tree = cached.find(programme.id(), 2024).orElseThrow();
        WorkList progressTable = cached.find(programme.id(), 2024).orElseThrow();

        assertThat(progressTable).isSameAs(tree);
    }

    @Test
    void aListStoredAgainForTheYearIsReadNotTheOneAViewStillHolds() {
        store(WorkListFixtures.small(2024));
        WorkListRepository cached = new WorkListRepository(database.dsl(), database.workListCache());
        WorkList before = cached.find(programme.id(), 2024).orElseThrow();

        // As an import replaces a year: the old list goes, a shorter one comes under a new id.
        WorkList shorter = new WorkList(null, 2024, "新清单", null, WorkListFixtures.small(2024).items().subList(0, 1));
        database.dsl().transaction(trx -> {
            new WorkListRepository(trx.dsl()).delete(programme.id(), 2024);
            new WorkListRepository(trx.dsl()).insert(programme.id(), shorter);
        });
        WorkList after = cached.find(programme.id(), 2024).orElseThrow();

        assertThat(before.items()).hasSize(3);
        assertThat(after.items()).extracting(WorkItem::name).containsExactly("每千人口拥有3岁以下婴幼儿托位数");
        assertThat(after.title()).isEqualTo("新清单");
        new WorkListRepository(database.dsl()).delete(programme.id(), 2024);
        assertThat(cached.find(programme.id(), 2024)).isEmpty();
    }

    private WorkList store(WorkList list) {
        database.dsl().transaction(trx -> new WorkListRepository(trx.dsl()).insert(programme.id(), list));
        return list;
    }

    private static List<String> withoutIds(WorkList list) {
        return list.items().stream()
                .map(i -> String.join("|", i.area(), i.kind().name(), i.kindText(), i.number(), i.name(),
                        i.lines().toString()))
                .toList();
    }
}
