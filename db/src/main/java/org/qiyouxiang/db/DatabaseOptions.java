package org.qiyouxiang.db;

import java.nio.file.Path;
import java.util.List;

/**
 * How a database file is reached: where the migrations are and through which H2 file system.
 * The app always uses {@link #DEFAULT}; tests add a migration folder or a file system that fails on demand.
 *
 * @param migrationLocations Flyway locations, {@code classpath:db/migration} first
 * @param fileSystem         H2 file-system prefix: {@code file} on disk, or a test wrapper's scheme
 */
public record DatabaseOptions(List<String> migrationLocations, String fileSystem) {

    public static final String MIGRATIONS = "classpath:db/migration";
    public static final DatabaseOptions DEFAULT = new DatabaseOptions(List.of(MIGRATIONS), "file");

    public DatabaseOptions {
        migrationLocations = List.copyOf(migrationLocations);
    }

    public DatabaseOptions withMigrations(String... extraLocations) {
        List<String> all = new java.util.ArrayList<>(migrationLocations);
        all.addAll(List.of(extraLocations));
        return new DatabaseOptions(all, fileSystem);
    }

    public DatabaseOptions withFileSystem(String scheme) {
        return new DatabaseOptions(migrationLocations, scheme);
    }

    /**
     * H2's page cache, in KB. H2's default is 16 MB; the app reads a year into its own objects once, so the
     * cache mostly held a second copy of the data on the heap (docs/benchmarks.md, Memory).
     */
    static final int CACHE_KB = 4096;

    /** The JDBC URL of the database file in a folder. The file lock stays at H2's default; never AUTO_SERVER. */
    String url(Path folder) {
        return "jdbc:h2:" + fileSystem + ":" + folder.resolve(Database.FILE_NAME).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + CACHE_KB;
    }
}
