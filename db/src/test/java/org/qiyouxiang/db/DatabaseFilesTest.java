package org.qiyouxiang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseFilesTest {

    /** The schema versions this build ships (V1__…, V2__…, …), in order: the tests follow new migrations. */
    private static final java.util.List<String> SHIPPED = shippedVersions();

    private static java.util.List<String> shippedVersions() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src", "main", "resources", "db", "migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V[\\d_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .sorted(java.util.Comparator.comparing(org.flywaydb.core.api.MigrationVersion::fromVersion))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String latest() {
        return SHIPPED.get(SHIPPED.size() - 1);
    }


    @TempDir
    Path temp;

    private Path folder() {
        return temp.resolve("数据 目录");
    }

    private void storeSmallList() {
        try (Database db = Database.open(folder())) {
            long programme = new ProgrammeRepository(db.dsl()).create("工程", "嵊泗县", 2023, 2027, 2022).id();
            db.dsl().transaction(trx -> new WorkListRepository(trx.dsl()).insert(programme, WorkListFixtures.small(2024)));
            db.checkpointSync();
        }
    }

    @Test
    void aSoundFileVerifiesAndIsLeftByteForByte() throws IOException {
        storeSmallList();
        byte[] before = Files.readAllBytes(DatabaseFiles.dataFile(folder()));

        SchemaState state = DatabaseFiles.verifyFolder(folder(), DatabaseOptions.DEFAULT);

        assertThat(state.applied()).containsExactlyElementsOf(SHIPPED);
        assertThat(state.needsMigration()).isFalse();
        assertThat(state.isNewerThanApp()).isFalse();
        assertThat(Files.readAllBytes(DatabaseFiles.dataFile(folder()))).isEqualTo(before);
    }

    @Test
    void aZeroedHeaderIsUnreadable() throws IOException {
        storeSmallList();
        try (RandomAccessFile file = new RandomAccessFile(DatabaseFiles.dataFile(folder()).toFile(), "rw")) {
            file.write(new byte[8192]);
        }

        assertThatThrownBy(() -> DatabaseFiles.verifyFolder(folder(), DatabaseOptions.DEFAULT))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseException.Problem.UNREADABLE));
    }

    @Test
    void anEmptyFileIsUnreadableNotANewDatabase() throws IOException {
        Files.createDirectories(folder());
        Files.write(DatabaseFiles.dataFile(folder()), new byte[0]);

        assertThatThrownBy(() -> DatabaseFiles.verifyFolder(folder(), DatabaseOptions.DEFAULT))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseException.Problem.UNREADABLE));
    }

    @Test
    void aBackupIsConsistentVerifiesInPlaceAndUnpacks() throws IOException {
        storeSmallList();
        Path zip = temp.resolve("备份 文件").resolve("b.zip");
        Files.createDirectories(zip.getParent());
        try (Database db = Database.open(folder())) {
            db.backupTo(zip);
        }

        assertThat(DatabaseFiles.verifyArchive(zip, DatabaseOptions.DEFAULT).version()).isEqualTo(latest());
        Path restored = temp.resolve("恢复 目录");
        Files.createDirectories(restored);
        DatabaseFiles.extract(zip, DatabaseFiles.dataFile(restored));
        try (Database db = Database.open(restored)) {
            long programme = new ProgrammeRepository(db.dsl()).first().orElseThrow().id();
            assertThat(new WorkListRepository(db.dsl()).find(programme, 2024).orElseThrow().items()).hasSize(3);
        }
    }

    @Test
    void anArchiveWithoutADatabaseIsUnreadable() throws IOException {
        Path zip = temp.resolve("x.zip");
        Files.write(zip, Arrays.copyOf("PK".getBytes(), 100));

        assertThatThrownBy(() -> DatabaseFiles.verifyArchive(zip, DatabaseOptions.DEFAULT))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseException.Problem.UNREADABLE));
    }

    @Test
    void aFileOfANewerAppIsRecognisedWithoutWritingToIt() throws IOException {
        Database.open(folder(), DatabaseOptions.DEFAULT.withMigrations("classpath:db/future")).close();
        byte[] before = Files.readAllBytes(DatabaseFiles.dataFile(folder()));

        SchemaState state = DatabaseFiles.verifyFolder(folder(), DatabaseOptions.DEFAULT);

        assertThat(state.isNewerThanApp()).isTrue();
        assertThat(state.unknown()).containsExactly("99");
        assertThat(state.latestKnown()).isEqualTo(latest());
        assertThat(Files.readAllBytes(DatabaseFiles.dataFile(folder()))).isEqualTo(before);
    }

    @Test
    void aNewFileHasEverythingPending() {
        try (Database db = Database.openWithoutMigrating(folder(), DatabaseOptions.DEFAULT)) {
            SchemaState state = db.schema();

            assertThat(state.isNew()).isTrue();
            assertThat(state.pending()).containsExactlyElementsOf(SHIPPED);
        }
    }

    @Test
    void savesAreCounted() {
        try (Database db = Database.open(folder())) {
            db.checkpointSync();
            db.checkpointSync();

            assertThat(db.savedCount()).isEqualTo(2);
        }
    }
}
