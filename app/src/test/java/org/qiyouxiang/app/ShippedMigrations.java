package org.qiyouxiang.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/** The schema versions this build ships (V1__…, V2__…, …), so that tests follow new migrations. */
public final class ShippedMigrations {

    public static final List<String> VERSIONS = versions();
    public static final String LATEST = VERSIONS.get(VERSIONS.size() - 1);
    /** A test migration's version, beyond anything shipped (the test scripts are named V900__…). */
    public static final String TEST_UPGRADE = "900";

    private ShippedMigrations() {
    }

    private static List<String> versions() {
        try (Stream<Path> files = Files.list(Path.of("..", "db", "src", "main", "resources", "db", "migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V[\\d_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .sorted(Comparator.comparing(MigrationVersion::fromVersion))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
