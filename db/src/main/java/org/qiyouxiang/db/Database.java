package org.qiyouxiang.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database file in the data folder: opened, migrated and closed here.
 * The file is opened by one process only (H2's default file lock) and never over TCP.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "qiyouxiang";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /** Opens (creating if needed) the database in a folder and brings its schema up to date. */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException("cannot create data folder " + folder, e);
        }
        String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            long start = System.nanoTime();
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info("database open and migrated in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            pool.dispose();
            throw new DatabaseException("cannot open database in " + folder, e);
        }
        return new Database(folder, pool);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Forces committed work to disk. H2 otherwise delays writes by up to half a second and loses
     * confirmed transactions on a crash; call this before telling the clerk that something is saved.
     */
    public void checkpointSync() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new DatabaseException("cannot write to disk", e);
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("shutdown of the database failed", e);
        } finally {
            pool.dispose();
        }
    }
}
