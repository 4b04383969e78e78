package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The check at start, before the database is opened for writing. A file that will not open or not read
 * to the end is set aside (never deleted) and the newest backup that passes its own check takes its
 * place; a missing file is restored the same way. Never silently an empty database: whatever happened
 * is said in a notice for the clerk.
 */
final class StartupRepair {

    private static final Logger LOG = LoggerFactory.getLogger(StartupRepair.class);

    /** What the check found: notices for the clerk and the schema of the file now in place (empty: no file). */
    record Outcome(List<String> notices, Optional<SchemaState> schema) {
    }

    private record Restored(BackupFile backup, SchemaState schema) {
    }

    private final Path dataFolder;
    private final BackupFolder backups;
    private final DataRestore restore;
    private final UpgradeMarker marker;
    private final DatabaseOptions options;

    StartupRepair(Path dataFolder, BackupFolder backups, DataRestore restore, UpgradeMarker marker,
                  DatabaseOptions options) {
        this.dataFolder = dataFolder;
        this.backups = backups;
        this.restore = restore;
        this.marker = marker;
        this.options = options;
    }

    Outcome run() {
        List<String> notices = new ArrayList<>();
        discardInterruptedCreation();
        marker.interruptedUpgradeBackup(backups.path()).ifPresent(backup -> notices.add(resumeUpgrade(backup)));
        if (!Files.exists(DatabaseFiles.dataFile(dataFolder))) {
            if (backups.list().isEmpty()) {
                return new Outcome(notices, Optional.empty());
            }
            Optional<Restored> restored = restoreNewestGood();
            notices.add(restored.map(r -> Messages.get("startup.missing.restored", r.backup().timeText()))
                    .orElseGet(() -> Messages.get("startup.missing.noGoodBackup")));
            return new Outcome(notices, restored.map(Restored::schema));
        }
        try {
            return new Outcome(notices, Optional.of(DatabaseFiles.verifyFolder(dataFolder, options)));
        } catch (DatabaseException e) {
            if (e.problem() == DatabaseException.Problem.IN_USE) {
                throw DatabaseFailures.inUse(e);
            }
            if (e.problem() != DatabaseException.Problem.UNREADABLE) {
                throw DatabaseFailures.cannotOpen(e);
            }
            LOG.error("database file failed its check", LogSafe.redact(e));
            return damaged(notices);
        }
    }

    /** A file whose creation was cut short holds no data: kept aside, quietly, and made again. */
    private void discardInterruptedCreation() {
        CreationMarker creation = new CreationMarker(dataFolder);
        if (!creation.exists()) {
            return;
        }
        try {
            restore.setAside("incomplete").ifPresent(aside ->
                    LOG.warn("first start was interrupted while creating the database; {} set aside", aside.getFileName()));
        } catch (IOException e) {
            throw DatabaseFailures.folder(dataFolder, e);
        }
        creation.clear();
    }

    private Outcome damaged(List<String> notices) {
        Path aside;
        try {
            aside = restore.setAside("damaged").orElseThrow();
        } catch (IOException e) {
            throw DatabaseFailures.folder(dataFolder, e);
        }
        Optional<Restored> restored = restoreNewestGood();
        String asideName = aside.getFileName().toString();
        notices.add(restored
                .map(r -> Messages.get("startup.damaged.restored", r.backup().timeText(), asideName))
                .orElseGet(() -> Messages.get("startup.damaged.empty", asideName)));
        return new Outcome(notices, restored.map(Restored::schema));
    }

    /** Tries the backups newest first; one that fails its check is skipped (and kept). */
    private Optional<Restored> restoreNewestGood() {
        for (BackupFile backup : backups.list()) {
            try {
                DataRestore.Result result = restore.restoreFrom(backup.path(), "replaced");
                return Optional.of(new Restored(backup, result.schema()));
            } catch (DatabaseException e) {
                if (e.problem() == DatabaseException.Problem.WRITE_FAILED) {
                    throw e;
                }
                LOG.warn("backup {} not usable, trying an older one", backup.path().getFileName());
            }
        }
        return Optional.empty();
    }

    private String resumeUpgrade(Path backup) {
        LOG.warn("previous schema migration was interrupted; restoring {}", backup.getFileName());
        try {
            DataRestore.Result result = restore.restoreFrom(backup, "interrupted-upgrade");
            marker.clear();
            String aside = result.setAside().map(p -> p.getFileName().toString()).orElse("-");
            return Messages.get("startup.upgradeInterrupted", BackupFile.timeText(result.backupTime()), aside);
        } catch (DatabaseException e) {
            throw DatabaseFailures.clerk(DatabaseException.Problem.MIGRATION_FAILED,
                    Messages.get("db.error.upgradeRestoreFailed", backup), e);
        }
    }
}
