package org.qiyouxiang.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick schema check at start says what Flyway says, or leaves the question to Flyway. */
class ShippedSchemaTest {

    @TempDir
    Path temp;

    @Test
    void aFileAtThisAppsSchemaIsKnownWithoutFlyway() throws Exception {
        Path folder = temp.resolve("数据 目录");
        Database.open(folder).close();
        String url = DatabaseOptions.DEFAULT.url(folder);

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            SchemaState quick = ShippedSchema.upToDate(connection, DatabaseOptions.DEFAULT).orElseThrow();
            SchemaState flyway = SchemaState.of(Flyway.configure().dataSource(url, "sa", "")
                    .locations("classpath:db/migration").load().info());

            assertThat(quick).isEqualTo(flyway);
            assertThat(quick.needsMigration()).isFalse();
        }
    }

    @Test
    void aFileMissingTheLastMigrationIsLeftToFlyway() throws Exception {
        Path folder = temp.resolve("旧版本");
        Database.open(folder).close();
        try (Connection connection = DriverManager.getConnection(DatabaseOptions.DEFAULT.url(folder), "sa", "");
             Statement s = connection.createStatement()) {
            s.execute("delete from \"flyway_schema_history\" where \"installed_rank\" = "
                    + "(select max(\"installed_rank\") from \"flyway_schema_history\")");

            assertThat(ShippedSchema.upToDate(connection, DatabaseOptions.DEFAULT)).isEmpty();
        }
    }

    @Test
    void aNewFileIsLeftToFlyway() throws Exception {
        try (Connection connection = DriverManager.getConnection(DatabaseOptions.DEFAULT.url(temp.resolve("新")),
                "sa", "")) {
            assertThat(ShippedSchema.upToDate(connection, DatabaseOptions.DEFAULT)).isEmpty();
        }
    }
}
