package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qiyouxiang.app.TestWorkLists;
import org.qiyouxiang.db.DatabaseFiles;
import org.qiyouxiang.db.DatabaseOptions;

/** A database file that will not open or not read to the end: set aside, the newest good backup restored, the clerk told. */
class DamagedFileTest {

    @TempDir
    Path temp;
    final WorkspaceBackupTest.MutableClock clock = new WorkspaceBackupTest.MutableClock(LocalDateTime.of(2026, 11, 23, 15, 30));

    enum Damage {
        ZEROED_HEADER {
            @Override
            void apply(Path file) throws IOException {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.write(new byte[8192]);
                }
            }
        },
        JUNK_BLOCKS {
            @Override
            void apply(Path file) throws IOException {
                Random random = new Random(7);
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    long blocks = f.length() / 4096;
                    for (long block = 2; block < blocks; block++) {
                        byte[] junk = new byte[4096];
                        random.nextBytes(junk);
                        f.seek(block * 4096);
                        f.write(junk);
                    }
                }
            }
        },
        TRUNCATED {
            @Override
            void apply(Path file) throws IOException {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    // Past the two header blocks, into the chunks: what a copy cut off early leaves.
                    f.setLength(3 * 4096 + 777);
                }
            }
        },
        EMPTY {
            @Override
            void apply(Path file) throws IOException {
                Files.write(file, new byte[0]);
            }
        },
        NOT_AN_H2_FILE {
            @Override
            void apply(Path file) throws IOException {
                Files.writeString(file, "这不是数据库文件。\n".repeat(2000), StandardCharsets.UTF_8);
            }
        };

        abstract void apply(Path file) throws IOException;
    }

    private Path data() {
        return temp.resolve("数据 目录");
    }

    private Workspace open() {
        return Workspace.open(data(), DatabaseOptions.DEFAULT, clock);
    }

    /**
     * Edit 1 of 2024 stored (15:35) and backed up; edit 2 of 2025 stored at 16:40 after the backup made
     * before its import, whose exit backup is then lost: the newest backup (16:40) holds edit 1 only.
     */
    private void storeTwoEditsOneBackedUp() throws Exception {
        try (Workspace workspace = open()) {
            clock.advanceMinutes(5);
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
            clock.advanceMinutes(5);
        }
        clock.advanceMinutes(60);
        try (Workspace workspace = open()) {
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(2, 2025)), false);
            clock.advanceMinutes(5);
        }
        BackupFile exitBackup = new BackupFolder(data(), clock).newest().orElseThrow();
        assertThat(exitBackup.reason()).isEqualTo(BackupReason.EXIT);
        Files.delete(exitBackup.path());
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedFileIsSetAsideAndTheNewestGoodBackupRestored(Damage damage) throws Exception {
        storeTwoEditsOneBackedUp();
        damage.apply(DatabaseFiles.dataFile(data()));
        byte[] damaged = Files.readAllBytes(DatabaseFiles.dataFile(data()));
        clock.advanceMinutes(60);

        try (Workspace workspace = open()) {
            Path aside = data().resolve("qiyouxiang-damaged-2026-11-23-174500.mv.db");
            assertThat(workspace.startupNotice()).hasValue("数据库文件已损坏，无法完整读取。已自动从 2026年11月23日 16:40 的备份恢复，"
                    + "这个时间之后录入或导入的内容需要重新录入。损坏的文件已保留为“qiyouxiang-damaged-2026-11-23-174500.mv.db”，"
                    + "没有删除，可交给技术人员检查。");
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
            assertThat(TestWorkLists.withoutIds(workspace.workLists().workList(2024).orElseThrow()))
                    .isEqualTo(TestWorkLists.edit(1, 2024));
            assertThat(workspace.workLists().workList(2025)).isEmpty();
        }
    }

    @Test
    void withoutABackupTheProgramStartsEmptyAndSaysSo() throws Exception {
        try (Workspace workspace = open()) {
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        }
        try (Stream<Path> backups = Files.list(data().resolve("backups"))) {
            for (Path backup : backups.toList()) {
                Files.delete(backup);
            }
        }
        Damage.ZEROED_HEADER.apply(DatabaseFiles.dataFile(data()));

        try (Workspace workspace = open()) {
            assertThat(workspace.startupNotice().orElseThrow())
                    .startsWith("数据库文件已损坏，无法完整读取，而且没有可用的备份，所以程序以空数据库启动。")
                    .contains("qiyouxiang-damaged-2026-11-23-153000.mv.db");
            assertThat(workspace.workLists().isEmpty()).isTrue();
            assertThat(data().resolve("qiyouxiang-damaged-2026-11-23-153000.mv.db")).isRegularFile();
        }
    }

    @Test
    void aDamagedNewestBackupIsSkippedForTheOneBefore() throws Exception {
        storeTwoEditsOneBackedUp();
        List<BackupFile> backups = new BackupFolder(data(), clock).list();
        Damage.TRUNCATED.apply(backups.get(0).path());
        Damage.ZEROED_HEADER.apply(DatabaseFiles.dataFile(data()));

        try (Workspace workspace = open()) {
            assertThat(workspace.startupNotice().orElseThrow()).contains(backups.get(1).timeText());
            assertThat(backups.get(0).path()).exists();
        }
    }

    @Test
    void aMissingFileIsRestoredFromTheNewestBackupNotStartedEmpty() throws Exception {
        storeTwoEditsOneBackedUp();
        Files.delete(DatabaseFiles.dataFile(data()));

        try (Workspace workspace = open()) {
            assertThat(workspace.startupNotice().orElseThrow())
                    .startsWith("找不到数据库文件（可能被删除或移动）。已自动从 2026年11月23日 16:40 的备份恢复");
            assertThat(workspace.workLists().workList(2024)).isPresent();
        }
    }

    @Test
    void aFirstStartCutShortWhileCreatingTheFileStartsAgainWithoutAlarm() throws Exception {
        Files.createDirectories(data());
        new CreationMarker(data()).write();
        Files.write(DatabaseFiles.dataFile(data()), new byte[4096]);

        try (Workspace workspace = open()) {
            assertThat(workspace.startupNotice()).isEmpty();
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        }
        assertThat(data().resolve("qiyouxiang-incomplete-2026-11-23-153000.mv.db")).isRegularFile();
        assertThat(data().resolve(CreationMarker.FILE_NAME)).doesNotExist();
    }

    @Test
    void aMissingFileWhoseBackupsAllFailTheirCheckIsNeverASilentEmptyStart() throws Exception {
        storeTwoEditsOneBackedUp();
        for (BackupFile backup : new BackupFolder(data(), clock).list()) {
            Damage.ZEROED_HEADER.apply(backup.path());
        }
        Files.delete(DatabaseFiles.dataFile(data()));

        try (Workspace workspace = open()) {
            assertThat(workspace.startupNotice()).hasValue("找不到数据库文件（可能被删除或移动），而备份也都无法使用，"
                    + "所以程序以空数据库启动。备份仍保留在 backups 文件夹中，请联系技术人员。");
        }
    }

    @Test
    void aSoundFileIsLeftAloneAndNothingIsSaid() throws Exception {
        storeTwoEditsOneBackedUp();

        try (Workspace workspace = open()) {
            assertThat(workspace.startupNotice()).isEmpty();
            assertThat(workspace.workLists().workList(2025)).isPresent();
        }
        try (Stream<Path> files = Files.list(data())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"));
        }
    }
}
