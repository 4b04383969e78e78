package org.qiyouxiang.db;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The quick answer at every start: is the file exactly at this app's schema? Reads Flyway's history
 * table with plain SQL and lists the shipped migration scripts, without starting Flyway, whose start-up
 * costs more than the rest of opening the file. Anything unusual (a failed, pending or unknown version)
 * answers "ask Flyway".
 */
final class ShippedSchema {

    private static final String FOLDER = "db/migration";
    private static final List<String> VERSIONS = shippedVersions();

    private ShippedSchema() {
    }

    /** The file's schema state when it is up to date with the shipped migrations; empty means: ask Flyway. */
    static Optional<SchemaState> upToDate(Connection connection, DatabaseOptions options) {
        if (!options.equals(DatabaseOptions.DEFAULT) || VERSIONS.isEmpty()) {
            return Optional.empty();
        }
        List<String> applied = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet history = s.executeQuery(
                "select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null "
                        + "order by \"installed_rank\"")) {
            while (history.next()) {
                if (!history.getBoolean(2)) {
                    return Optional.empty();
                }
                applied.add(history.getString(1));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        if (!applied.equals(VERSIONS)) {
            return Optional.empty();
        }
        return Optional.of(new SchemaState(applied, List.of(), List.of(), List.of(), VERSIONS.get(VERSIONS.size() - 1)));
    }

    /** V1__…sql, V2__…sql, … on the class path, in version order. */
    private static List<String> shippedVersions() {
        URL folder = ShippedSchema.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                return versionsInJar(uri);
            }
            return versionsIn(Path.of(uri));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> versionsInJar(URI uri) throws IOException {
        FileSystem jar;
        boolean opened;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
            opened = false;
        }
        try {
            return versionsIn(jar.getPath(FOLDER));
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    private static List<String> versionsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V[\\d_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .sorted(Comparator.comparing(MigrationVersion::fromVersion))
                    .toList();
        }
    }
}
