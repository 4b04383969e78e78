package org.qiyouxiang.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database file in the data folder: opened, migrated, backed up and closed here.
 * The file is opened by one process only (H2's default file lock) and never over TCP.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "qiyouxiang";

    private final Path folder;
    private final DatabaseOptions options;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final AtomicLong checkpoints = new AtomicLong();
    private final WorkListCache workLists = new WorkListCache();

    private Database(Path folder, DatabaseOptions options, JdbcConnectionPool pool) {
        this.folder = folder;
        this.options = options;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /** Opens (creating if needed) the database in a folder and brings its schema up to date. */
    public static Database open(Path folder) {
        return open(folder, DatabaseOptions.DEFAULT);
    }

    public static Database open(Path folder, DatabaseOptions options) {
        Database database = openWithoutMigrating(folder, options);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Opens (creating if needed) the database for reading and writing without touching its schema,
     * so that the caller can back it up before {@link #migrate()}.
     */
    public static Database openWithoutMigrating(Path folder, DatabaseOptions options) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Problem.WRITE_FAILED, "cannot create data folder", e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(options.url(folder), "sa", "");
        try (Connection ignored = pool.getConnection()) {
            return new Database(folder, options, pool);
        } catch (SQLException e) {
            pool.dispose();
            throw DatabaseFiles.openFailure(e);
        }
    }

    /** What this app's migrations would do to the file. Writes nothing. */
    public SchemaState schema() {
        try {
            return SchemaState.of(flyway().info());
        } catch (RuntimeException e) {
            throw new DatabaseException(DatabaseException.Problem.UNREADABLE, "cannot read the schema history", e);
        }
    }

    /**
     * Applies pending migrations. H2 cannot roll back DDL: after a failure the file may hold part of a
     * migration, so the caller backs the file up first and restores the backup on failure.
     */
    public void migrate() {
        long start = System.nanoTime();
        try {
            flyway().migrate();
        } catch (RuntimeException e) {
            throw new DatabaseException(DatabaseException.Problem.MIGRATION_FAILED, "migration failed", e);
        }
        LOG.info("database migrated in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(pool)
                .locations(options.migrationLocations().toArray(String[]::new))
                .load();
    }

    /** The work lists the views hold, shared between them (see {@link WorkListCache}). */
    public WorkListCache workListCache() {
        return workLists;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path folder() {
        return folder;
    }

    public DatabaseOptions options() {
        return options;
    }

    /**
     * Forces committed work to disk. H2 otherwise delays writes by up to half a second and loses
     * confirmed transactions on a crash; call this before telling the clerk that something is saved.
     */
    public void checkpointSync() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
            checkpoints.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseException(DatabaseException.Problem.WRITE_FAILED, "cannot write to disk", e);
        }
    }

    /** How many saves reached the disk since the file was opened: whether there is anything new to back up. */
    public long savedCount() {
        return checkpoints.get();
    }

    /**
     * Writes a transactionally consistent copy of the file, zipped, while the database stays open
     * (H2's {@code BACKUP TO}). The caller verifies it and moves it into place.
     */
    public void backupTo(Path zip) {
        // Through the configured H2 file system, as every other write of this database.
        String target = (options.fileSystem() + ":" + zip.toAbsolutePath()).replace("'", "''");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + target + "'");
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseException(DatabaseException.Problem.WRITE_FAILED, "backup failed", e);
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException | RuntimeException e) {
            LOG.warn("shutdown of the database failed", e);
        } finally {
            pool.dispose();
        }
    }
}
