package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.qiyouxiang.app.core.LogSafe;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.DatabaseException;
import org.qiyouxiang.db.DatabaseFiles;
import org.qiyouxiang.db.DatabaseOptions;
import org.qiyouxiang.db.SchemaState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in the place of the database file of a data folder whose database is closed. The
 * backup is checked before anything moves; the file it replaces is renamed aside
 * ({@code qiyouxiang-before-restore-2026-11-23-153012.mv.db}), never deleted.
 */
public final class DataRestore {

    private static final Logger LOG = LoggerFactory.getLogger(DataRestore.class);

    /** What a restore did: the backup's time and where the file it replaced was kept. */
    public record Result(Path source, LocalDateTime backupTime, Optional<Path> setAside, SchemaState schema) {
    }

    private final Path dataFolder;
    private final DatabaseOptions options;
    private final Clock clock;

    DataRestore(Path dataFolder, DatabaseOptions options, Clock clock) {
        this.dataFolder = dataFolder;
        this.options = options;
        this.clock = clock;
    }

    /**
     * Restores a backup ({@code .backup.zip} or a bare {@code .mv.db}) into a data folder whose database
     * is closed. Use {@link Workspace#restoreFrom(Path)} when the workspace is open.
     *
     * @throws DatabaseException with a message for the clerk; the current data is then unchanged
     */
    public static Result restore(Path dataFolder, Path source) {
        return new DataRestore(dataFolder, DatabaseOptions.DEFAULT, Clock.systemDefaultZone())
                .restoreFrom(source, "before-restore");
    }

    Result restoreFrom(Path source, String asideLabel) {
        SchemaState schema = verify(source);
        Path temporary = null;
        try {
            Files.createDirectories(dataFolder);
            temporary = Files.createTempFile(dataFolder, ".qiyouxiang-restore-", ".tmp");
            unpack(source, temporary);
            Optional<Path> aside = setAside(asideLabel);
            putInPlace(temporary, aside);
            LOG.info("restored {} (previous file kept: {})", source.getFileName(),
                    aside.map(p -> p.getFileName().toString()).orElse("none"));
            return new Result(source, backupTime(source), aside, schema);
        } catch (IOException | DatabaseException e) {
            LOG.warn("restore failed", LogSafe.redact(e));
            throw new DatabaseException(DatabaseException.Problem.WRITE_FAILED,
                    Messages.get("restore.error.write"), LogSafe.redact(e));
        } finally {
            DurableFiles.deleteQuietly(temporary);
        }
    }

    /** Moves the unpacked backup into place; if that fails, the file set aside goes back where it was. */
    private void putInPlace(Path unpacked, Optional<Path> aside) throws IOException {
        Path dataFile = DatabaseFiles.dataFile(dataFolder);
        try {
            DurableFiles.moveIntoPlace(unpacked, dataFile);
        } catch (IOException e) {
            if (aside.isPresent() && !Files.exists(dataFile)) {
                Files.move(aside.get(), dataFile);
            }
            throw e;
        }
    }

    /** Checks that a file is a backup this app can use, with a message for the clerk when it is not. */
    SchemaState verify(Path source) {
        String name = source.getFileName().toString();
        if (!Files.isRegularFile(source)) {
            throw new DatabaseException(DatabaseException.Problem.UNREADABLE,
                    Messages.get("restore.error.missing", source), null);
        }
        SchemaState state;
        try {
            state = isArchive(source)
                    ? DatabaseFiles.verifyArchive(source, options)
                    : DatabaseFiles.verifyDataFile(source, options);
        } catch (DatabaseException e) {
            LOG.warn("backup {} failed its check", name, LogSafe.redact(e));
            if (e.problem() == DatabaseException.Problem.WRITE_FAILED) {
                throw new DatabaseException(DatabaseException.Problem.WRITE_FAILED,
                        Messages.get("restore.error.check", name), LogSafe.redact(e));
            }
            throw new DatabaseException(DatabaseException.Problem.UNREADABLE,
                    Messages.get("restore.error.unreadable", name), LogSafe.redact(e));
        }
        if (state.isNewerThanApp()) {
            throw new DatabaseException(DatabaseException.Problem.NEWER_SCHEMA,
                    Messages.get("restore.error.newer", name, state.version()), null);
        }
        return state;
    }

    /**
     * Renames the current database file to {@code qiyouxiang-<label>-<time>.mv.db} beside it, if there is one.
     * The new name does not end in {@code qiyouxiang.mv.db}, so H2 never opens it by mistake.
     */
    Optional<Path> setAside(String label) throws IOException {
        Path current = DatabaseFiles.dataFile(dataFolder);
        if (!Files.exists(current)) {
            return Optional.empty();
        }
        String base = "qiyouxiang-" + label + "-" + BackupFile.stamp(LocalDateTime.now(clock));
        Path aside = DurableFiles.unusedName(dataFolder, base, ".mv.db");
        Files.move(current, aside);
        DurableFiles.forceFolder(dataFolder);
        LOG.warn("database file set aside as {}", aside.getFileName());
        return Optional.of(aside);
    }

    private static void unpack(Path source, Path target) throws IOException {
        if (isArchive(source)) {
            DatabaseFiles.extract(source, target);
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            DurableFiles.force(target);
        }
    }

    private static boolean isArchive(Path source) {
        return !source.getFileName().toString().endsWith(".mv.db");
    }

    private static LocalDateTime backupTime(Path source) {
        return BackupFile.read(source).map(BackupFile::time).orElseGet(() -> {
            try {
                return LocalDateTime.ofInstant(Files.getLastModifiedTime(source).toInstant(), ZoneId.systemDefault());
            } catch (IOException e) {
                return LocalDateTime.now();
            }
        });
    }
}
