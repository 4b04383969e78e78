package org.qiyouxiang.app.service;

import org.qiyouxiang.app.ShippedMigrations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.TestWorkLists;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.DatabaseException;
import org.qiyouxiang.db.DatabaseFiles;
import org.qiyouxiang.db.DatabaseOptions;

/** Schema upgrades: backed up first, undone when they fail, redone when interrupted; a newer app's file refused untouched. */
class SchemaUpgradeTest {

    static final String UPGRADE = "classpath:org/qiyouxiang/app/service/migrations/upgrade";
    static final String BROKEN = "classpath:org/qiyouxiang/app/service/migrations/broken";
    static final String FUTURE = "classpath:org/qiyouxiang/app/service/migrations/future";

    @TempDir
    Path temp;
    final WorkspaceBackupTest.MutableClock clock = new WorkspaceBackupTest.MutableClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    Map<String, List<String>> columns;
    Map<String, List<String>> rows;

    private Path data() {
        return temp.resolve("数据 目录");
    }

    private Workspace open(DatabaseOptions options) {
        return Workspace.open(data(), options, clock);
    }

    @BeforeEach
    void aVersion2DatabaseWithData() throws Exception {
        try (Workspace workspace = open(DatabaseOptions.DEFAULT)) {
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        }
        clock.advanceMinutes(10);
        columns = TableDump.columns(data());
        rows = TableDump.rows(data(), columns);
    }

    @Test
    void aPendingMigrationRunsAfterABackupOfTheOldVersion() throws Exception {
        try (Workspace workspace = open(DatabaseOptions.DEFAULT.withMigrations(UPGRADE))) {
            assertThat(workspace.startupNotice()).isEmpty();
            BackupFile backup = workspace.backups().newest().orElseThrow();
            assertThat(backup.reason()).isEqualTo(BackupReason.UPGRADE);
            assertThat(DatabaseFiles.verifyArchive(backup.path(), DatabaseOptions.DEFAULT).version()).isEqualTo(ShippedMigrations.LATEST);
        }
        assertThat(DatabaseFiles.verifyFolder(data(), DatabaseOptions.DEFAULT.withMigrations(UPGRADE)).version()).isEqualTo(ShippedMigrations.TEST_UPGRADE);
        assertThat(TableDump.rows(data(), columns)).isEqualTo(rows);
        assertThat(data().resolve(UpgradeMarker.FILE_NAME)).doesNotExist();
    }

    @Test
    void aFailedMigrationPutsTheBackupBackAndSaysSo() throws Exception {
        assertThatThrownBy(() -> open(DatabaseOptions.DEFAULT.withMigrations(BROKEN)))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DatabaseException.Problem.MIGRATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("数据库升级失败，已恢复到升级前的状态（2026年11月23日 08:10 的备份），"
                            + "数据没有丢失。请把日志文件夹中的日志交给技术人员。");
                });

        assertThat(DatabaseFiles.verifyFolder(data(), DatabaseOptions.DEFAULT).applied()).containsExactlyElementsOf(ShippedMigrations.VERSIONS);
        assertThat(TableDump.columns(data())).isEqualTo(columns).doesNotContainKey("HALF_DONE");
        assertThat(TableDump.rows(data(), columns)).isEqualTo(rows);
        assertThat(data().resolve("qiyouxiang-failed-upgrade-2026-11-23-081000.mv.db")).isRegularFile();
        assertThat(data().resolve(UpgradeMarker.FILE_NAME)).doesNotExist();
        try (Workspace workspace = open(DatabaseOptions.DEFAULT)) {
            assertThat(TestWorkLists.withoutIds(workspace.workLists().workList(2024).orElseThrow()))
                    .isEqualTo(TestWorkLists.edit(1, 2024));
        }
    }

    @Test
    void aFileOfANewerAppIsRefusedAndNeverWritten() throws Exception {
        Database.open(data(), DatabaseOptions.DEFAULT.withMigrations(FUTURE)).close();
        byte[] before = Files.readAllBytes(DatabaseFiles.dataFile(data()));
        List<Path> filesBefore = files();
        clock.advanceMinutes(3 * 24 * 60);

        assertThatThrownBy(() -> open(DatabaseOptions.DEFAULT))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DatabaseException.Problem.NEWER_SCHEMA);
                    assertThat(e.getMessage()).isEqualTo("这份数据由较新版本的七优享工程进度管理保存（数据版本 99，本程序只支持到版本 " + ShippedMigrations.LATEST + "）。"
                            + "为避免损坏数据，本程序不会打开或改动它。请安装最新版本后再打开。");
                });

        assertThat(Files.readAllBytes(DatabaseFiles.dataFile(data()))).isEqualTo(before);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void anInterruptedMigrationIsRedoneFromTheBackupMadeBeforeIt() throws Exception {
        DatabaseOptions upgrade = DatabaseOptions.DEFAULT.withMigrations(UPGRADE);
        try (Database database = Database.openWithoutMigrating(data(), upgrade)) {
            BackupFile backup = new BackupFolder(data(), clock).write(database, BackupReason.UPGRADE);
            new UpgradeMarker(data()).write(backup);
            // The program stops here, half-way through a migration H2 cannot roll back.
            database.dsl().execute("alter table work_item add column note varchar(200)");
            database.dsl().execute("create table half_done (id int)");
        }
        clock.advanceMinutes(1);

        try (Workspace workspace = open(upgrade)) {
            assertThat(workspace.startupNotice().orElseThrow()).isEqualTo("上次升级数据库时程序被中断。已从升级前（2026年11月23日 08:10）的备份"
                    + "恢复并重新完成升级，数据没有丢失。中断时的文件已保留为“qiyouxiang-interrupted-upgrade-2026-11-23-081100.mv.db”。");
        }
        assertThat(TableDump.columns(data())).doesNotContainKey("HALF_DONE").containsKey("WORK_ITEM");
        assertThat(TableDump.rows(data(), columns)).isEqualTo(rows);
        assertThat(DatabaseFiles.verifyFolder(data(), upgrade).version()).isEqualTo(ShippedMigrations.TEST_UPGRADE);
        assertThat(data().resolve(UpgradeMarker.FILE_NAME)).doesNotExist();
    }

    @Test
    void aFirstStartKilledHalfWayThroughCreatingTheSchemaIsStartedAgain() throws Exception {
        Path fresh = temp.resolve("新 文件夹");
        try (Database database = Database.openWithoutMigrating(fresh, DatabaseOptions.DEFAULT)) {
            database.dsl().execute("create table programme (id bigint)");
        }

        try (Workspace workspace = Workspace.open(fresh, DatabaseOptions.DEFAULT, clock)) {
            assertThat(workspace.startupNotice()).isEmpty();
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        }
        assertThat(DatabaseFiles.verifyFolder(fresh, DatabaseOptions.DEFAULT).version()).isEqualTo(ShippedMigrations.LATEST);
        try (Stream<Path> files = Files.list(fresh)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("qiyouxiang-incomplete-"));
        }
    }

    @Test
    void withNothingPendingNoUpgradeBackupIsMade() {
        try (Workspace workspace = open(DatabaseOptions.DEFAULT)) {
            assertThat(workspace.backups().list()).extracting(BackupFile::reason).doesNotContain(BackupReason.UPGRADE);
        }
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all = Files.walk(data())) {
            return all.filter(f -> !f.getFileName().toString().endsWith(".trace.db")).sorted().toList();
        }
    }
}
