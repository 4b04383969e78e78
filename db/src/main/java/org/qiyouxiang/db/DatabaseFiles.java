package org.qiyouxiang.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;

/**
 * The database file and its backups as files: checked by reading every row through a read-only
 * H2 instance (a damaged page is seen by nothing less: not at open, not by {@code COUNT(*)}),
 * and unpacked from a backup archive. Nothing here writes to the file it checks.
 */
public final class DatabaseFiles {

    /** The name of the database file in the data folder and inside a backup archive. */
    public static final String DATA_FILE = Database.FILE_NAME + ".mv.db";
    private static final String READ_ONLY = ";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE";

    private DatabaseFiles() {
    }

    public static Path dataFile(Path folder) {
        return folder.resolve(DATA_FILE);
    }

    /** Checks the database file of a data folder. */
    public static SchemaState verifyFolder(Path folder, DatabaseOptions options) {
        return verifyDataFile(dataFile(folder), options);
    }

    /**
     * Checks any H2 file whose name ends in {@code .mv.db}: it opens read-only, every row of every table
     * reads, and its schema history is readable. The file is left byte for byte as it was.
     *
     * @throws DatabaseException {@link DatabaseException.Problem#UNREADABLE} when damaged,
     *                           {@link DatabaseException.Problem#IN_USE} when another process holds it
     */
    public static SchemaState verifyDataFile(Path file, DatabaseOptions options) {
        String name = file.toAbsolutePath().toString();
        if (!name.endsWith(".mv.db")) {
            throw new DatabaseException(DatabaseException.Problem.UNREADABLE, "not a database file name", null);
        }
        if (!Files.isRegularFile(file) || sizeOf(file) == 0) {
            // H2 would treat an empty file as a new database: never let that pass as the clerk's data.
            throw new DatabaseException(DatabaseException.Problem.UNREADABLE, "database file missing or empty", null);
        }
        String base = name.substring(0, name.length() - ".mv.db".length());
        return verify("jdbc:h2:" + options.fileSystem() + ":" + base + READ_ONLY, options);
    }

    /**
     * Checks a backup archive written by {@link Database#backupTo(Path)}: its database file unpacked to a
     * temporary folder (the zip's checksum checked on the way) and read there as {@link #verifyDataFile}.
     * H2 can open a zip in place, but it seeks by inflating again from the start: reading a 12 MB
     * database that way took minutes, unpacked it takes a second.
     */
    public static SchemaState verifyArchive(Path zip, DatabaseOptions options) {
        return unpackedFor(zip, file -> verify(readOnlyUrl(file), options));
    }

    /**
     * Reads a backup archive to the end, without asking Flyway about its schema: the check of a backup
     * just written from the open database, whose schema is known.
     */
    public static void readArchive(Path zip) {
        unpackedFor(zip, file -> verify(readOnlyUrl(file), null));
    }

    private static String readOnlyUrl(Path dataFile) {
        String name = dataFile.toAbsolutePath().toString();
        return "jdbc:h2:file:" + name.substring(0, name.length() - ".mv.db".length()) + READ_ONLY;
    }

    private static SchemaState unpackedFor(Path zip, java.util.function.Function<Path, SchemaState> check) {
        String entry = archiveEntry(zip);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("qiyouxiang-check-");
            Path file = folder.resolve(DATA_FILE);
            unpackChecked(zip, entry, file);
            return check.apply(file);
        } catch (IOException e) {
            // The temporary folder could not take the unpacked file (disk full): the backup is not to blame.
            throw new DatabaseException(DatabaseException.Problem.WRITE_FAILED, "cannot unpack the backup to check it", e);
        } finally {
            deleteFolder(folder);
        }
    }

    /**
     * Copies one entry out through {@link ZipInputStream}, which checks the entry's CRC at its end. What goes
     * wrong reading the backup is {@code UNREADABLE}; an {@link IOException} out of here is the copy that
     * could not be written.
     */
    private static void unpackChecked(Path zip, String entry, Path target) throws IOException {
        ZipInputStream in;
        try {
            in = new ZipInputStream(Files.newInputStream(zip));
        } catch (IOException e) {
            throw unreadable(e);
        }
        try (in; OutputStream out = Files.newOutputStream(target)) {
            if (!findEntry(in, entry)) {
                throw unreadable(new IOException("entry " + entry + " not found on reading"));
            }
            byte[] buffer = new byte[64 * 1024];
            for (int n = read(in, buffer); n >= 0; n = read(in, buffer)) {
                out.write(buffer, 0, n);
            }
        }
    }

    private static boolean findEntry(ZipInputStream in, String entry) {
        try {
            for (ZipEntry next = in.getNextEntry(); next != null; next = in.getNextEntry()) {
                if (next.getName().equals(entry)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static int read(ZipInputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static DatabaseException unreadable(IOException cause) {
        return new DatabaseException(DatabaseException.Problem.UNREADABLE, "backup archive unreadable", cause);
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // A leftover file in the temporary folder is harmless; the check's outcome is already decided.
        }
    }

    /** Reads everything, then (with options) the schema history; null options: read only. */
    private static SchemaState verify(String url, DatabaseOptions options) {
        // The connection held open keeps one H2 instance alive while Flyway opens its own connections.
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            readEverything(connection);
            if (options == null) {
                return null;
            }
            Optional<SchemaState> current = ShippedSchema.upToDate(connection, options);
            if (current.isPresent()) {
                return current.get();
            }
            return SchemaState.of(Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations(options.migrationLocations().toArray(String[]::new))
                    .load()
                    .info());
        } catch (SQLException e) {
            throw openFailure(e);
        } catch (RuntimeException e) {
            throw new DatabaseException(DatabaseException.Problem.UNREADABLE, "database does not read to the end", e);
        }
    }

    /** {@code SCRIPT} renders every row of every table: each data page is read and decoded once. */
    private static void readEverything(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet script = s.executeQuery("SCRIPT")) {
            while (script.next()) {
                script.getString(1);
            }
        }
    }

    /** The name of the database file inside a backup archive. */
    static String archiveEntry(Path zip) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            if (archive.getEntry(DATA_FILE) != null) {
                return DATA_FILE;
            }
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".mv.db") && !name.contains("/")) {
                    return name;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new DatabaseException(DatabaseException.Problem.UNREADABLE, "backup archive unreadable", e);
        }
        throw new DatabaseException(DatabaseException.Problem.UNREADABLE, "backup archive holds no database", null);
    }

    /** Unpacks the database file of a backup archive to {@code target} and forces it to disk. */
    public static void extract(Path zip, Path target) {
        String entry = archiveEntry(zip);
        try (ZipFile archive = new ZipFile(zip.toFile());
             InputStream in = archive.getInputStream(archive.getEntry(entry));
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(Channels.newOutputStream(out));
            out.force(true);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Problem.WRITE_FAILED, "cannot unpack the backup", e);
        }
    }

    static DatabaseException openFailure(SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseException(DatabaseException.Problem.IN_USE, "database in use by another process", e);
        }
        return new DatabaseException(DatabaseException.Problem.UNREADABLE, "database does not open", e);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
