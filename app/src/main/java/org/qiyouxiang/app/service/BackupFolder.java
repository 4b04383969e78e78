package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qiyouxiang.app.core.BackupRotation;
import org.qiyouxiang.app.core.LogSafe;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.DatabaseException;
import org.qiyouxiang.db.DatabaseFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <data>/backups}: verified backups only. A backup is written to a temporary file, forced to disk,
 * opened by a separate read-only H2 instance and read to the end, and only then renamed into place;
 * a killed or failed backup leaves a temporary file that is never mistaken for a backup.
 */
final class BackupFolder {

    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    static final String NAME = "backups";
    private static final String TEMPORARY_PREFIX = ".qiyouxiang-backup-";

    private final Path folder;
    private final Clock clock;
    private final BackupRotation rotation;

    BackupFolder(Path dataFolder, Clock clock) {
        this.folder = dataFolder.resolve(NAME);
        this.clock = clock;
        this.rotation = BackupRotation.STANDARD;
    }

    Path path() {
        return folder;
    }

    /** The backups, newest first. */
    List<BackupFile> list() {
        List<BackupFile> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.backup.zip")) {
            files.forEach(file -> BackupFile.read(file).ifPresent(backups::add));
        } catch (IOException e) {
            LOG.warn("backups folder unreadable", LogSafe.redact(e));
        }
        backups.sort(Comparator.comparing(BackupFile::time).reversed());
        return backups;
    }

    Optional<BackupFile> newest() {
        return list().stream().findFirst();
    }

    /** Backs the open database up into this folder, then drops the backups the rotation no longer keeps. */
    BackupFile write(Database database, BackupReason reason) {
        createFolder();
        deleteTemporaries();
        Path target = folder.resolve(BackupFile.fileName(nextTime(), reason));
        writeVerified(database, target);
        LOG.info("backup written: {}", target.getFileName());
        BackupFile made = BackupFile.read(target).orElseThrow();
        rotate(made);
        return made;
    }

    /** Writes a verified backup to any file (replacing it only once the new one has passed its check). */
    void writeVerified(Database database, Path target) {
        Path temporary = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            temporary = Files.createTempFile(target.toAbsolutePath().getParent(), TEMPORARY_PREFIX, ".tmp");
            Files.delete(temporary);
            database.backupTo(temporary);
            DurableFiles.force(temporary);
            DatabaseFiles.readArchive(temporary);
            DurableFiles.moveIntoPlace(temporary, target);
        } catch (IOException e) {
            throw failed(Messages.get("backup.error.write"), e);
        } catch (DatabaseException e) {
            if (e.problem() == DatabaseException.Problem.UNREADABLE) {
                throw failed(Messages.get("backup.error.verify"), e);
            }
            throw failed(Messages.get("backup.error.write"), e);
        } finally {
            DurableFiles.deleteQuietly(temporary);
        }
    }

    private static DatabaseException failed(String reason, Exception cause) {
        LOG.warn("backup failed", LogSafe.redact(cause));
        return new DatabaseException(DatabaseException.Problem.WRITE_FAILED,
                Messages.get("backup.error.failed", reason), LogSafe.redact(cause));
    }

    /**
     * The time to name a new backup by: now, or a second after the newest backup when that is not earlier
     * (two backups in one second, or a PC clock set back). Names then always sort in the order backups were
     * made, which the rotation and the restore of the newest good backup rely on.
     */
    private LocalDateTime nextTime() {
        LocalDateTime now = now();
        return newest().map(BackupFile::time).filter(newest -> !newest.isBefore(now))
                .map(newest -> newest.plusSeconds(1)).orElse(now);
    }

    /**
     * Deletes the backups {@link BackupRotation#STANDARD} does not keep, never the one just made: when the
     * PC's clock was set back, the names of older backups can be later than its own. A failure here only
     * leaves a backup more on disk.
     */
    private void rotate(BackupFile justMade) {
        try {
            List<BackupFile> backups = list();
            Set<LocalDateTime> keep = rotation.keep(backups.stream().map(BackupFile::time).toList());
            for (BackupFile backup : backups) {
                if (!keep.contains(backup.time()) && !backup.path().equals(justMade.path())) {
                    DurableFiles.deleteQuietly(backup.path());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("rotation of the backups failed", LogSafe.redact(e));
        }
    }

    /** True when no backup exists or the newest is more than a day old (or from a clock that was wrong). */
    boolean dailyBackupDue() {
        return newest().map(b -> Math.abs(ChronoUnit.MINUTES.between(b.time(), now())) >= 24 * 60).orElse(true);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw failed(Messages.get("backup.error.write"), e);
        }
    }

    /** Leftovers of a backup that was killed half-way. Only one process uses the folder (InstanceLock). */
    private void deleteTemporaries() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, TEMPORARY_PREFIX + "*.tmp")) {
            files.forEach(DurableFiles::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not clean the backups folder", LogSafe.redact(e));
        }
    }
}
