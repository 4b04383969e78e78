package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qiyouxiang.db.DatabaseFiles;
import org.qiyouxiang.db.DatabaseOptions;
import org.qiyouxiang.db.model.WorkItem;

/**
 * Every released schema version (fixtures/released-v*.sql, see the README there) opens with the current
 * app with every row intact: as it is today, and through a further migration (V900 of the tests).
 */
class ReleasedSchemaFixtureTest {

    @TempDir
    Path temp;

    static Stream<Arguments> fixturesAndMigrations() throws Exception {
        Path folder = Path.of(ReleasedSchemaFixtureTest.class.getResource("fixtures").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(f -> f.getFileName().toString().matches("released-v\\d+\\.sql")).sorted().toList();
        }
        return scripts.stream().flatMap(script -> Stream.of(
                Arguments.of(script.getFileName().toString(), script, DatabaseOptions.DEFAULT),
                Arguments.of(script.getFileName().toString() + " + V900", script,
                        DatabaseOptions.DEFAULT.withMigrations(SchemaUpgradeTest.UPGRADE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesAndMigrations")
    void aDatabaseOfAReleasedVersionOpensWithEveryRowIntact(String name, Path script, DatabaseOptions options)
            throws Exception {
        Path data = temp.resolve("旧版 数据");
        load(script, data);
        Map<String, List<String>> columns = TableDump.columns(data);
        Map<String, List<String>> before = TableDump.rows(data, columns);
        boolean pending = !DatabaseFiles.verifyFolder(data, options).pending().isEmpty();

        try (Workspace workspace = Workspace.open(data, options, java.time.Clock.systemDefaultZone())) {
            assertThat(workspace.startupNotice()).isEmpty();
            List<WorkItem> items = workspace.workLists().workList(2024).orElseThrow().items();
            assertThat(items).hasSize(91);
            assertThat(items.get(0).name()).isEqualTo("每千人口拥有3岁以下婴幼儿托位数");
            assertThat(workspace.backups().list()).extracting(BackupFile::reason).contains(
                    pending ? BackupReason.UPGRADE : BackupReason.DAILY);
        }

        assertThat(TableDump.rows(data, columns)).isEqualTo(before);
        assertThat(before.values().stream().mapToInt(List::size).sum()).isGreaterThan(500);
        assertThat(DatabaseFiles.verifyFolder(data, options).needsMigration()).isFalse();
    }

    private static void load(Path script, Path data) throws Exception {
        Files.createDirectories(data);
        String url = "jdbc:h2:file:" + data.resolve("qiyouxiang").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            s.execute("SHUTDOWN");
        }
    }
}
