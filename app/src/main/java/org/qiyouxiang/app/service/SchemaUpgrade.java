package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.qiyouxiang.app.core.LogSafe;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.DatabaseException;
import org.qiyouxiang.db.DatabaseOptions;
import org.qiyouxiang.db.SchemaState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the checked file for writing and brings its schema up to date. H2 cannot roll back DDL, so a
 * file with data is backed up first; a failed migration puts that backup back and tells the clerk.
 * A file of a newer app is never migrated (nor written: {@link Workspace} refuses it from the read-only check).
 */
final class SchemaUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpgrade.class);

    private final Path dataFolder;
    private final BackupFolder backups;
    private final DataRestore restore;
    private final UpgradeMarker marker;
    private final DatabaseOptions options;

    SchemaUpgrade(Path dataFolder, BackupFolder backups, DataRestore restore, UpgradeMarker marker,
                  DatabaseOptions options) {
        this.dataFolder = dataFolder;
        this.backups = backups;
        this.restore = restore;
        this.marker = marker;
        this.options = options;
    }

    /** @param checked the schema the read-only check found, empty for a new file: Flyway is not asked twice */
    Database open(Optional<SchemaState> checked) {
        Database database = openForWriting();
        SchemaState state;
        try {
            state = checked.orElseGet(database::schema);
            if (state.isNewerThanApp()) {
                throw DatabaseFailures.newer(state);
            }
        } catch (RuntimeException e) {
            database.close();
            throw e instanceof DatabaseException d && d.problem() == DatabaseException.Problem.NEWER_SCHEMA
                    ? d : DatabaseFailures.cannotOpen(e);
        }
        if (state.isNew()) {
            return createSchema(database);
        }
        return state.needsMigration() ? migrateWithBackup(database, state) : database;
    }

    /**
     * A file without a single applied migration holds no data: when its first migration was cut short
     * (the program killed at its very first start), it is set aside and made again.
     */
    private Database createSchema(Database database) {
        try {
            database.migrate();
            return database;
        } catch (DatabaseException e) {
            LOG.warn("first migration of a new file failed; setting it aside and starting again", LogSafe.redact(e));
            database.close();
        }
        try {
            restore.setAside("incomplete");
        } catch (IOException e) {
            throw DatabaseFailures.folder(dataFolder, e);
        }
        Database fresh = openForWriting();
        try {
            fresh.migrate();
            return fresh;
        } catch (DatabaseException e) {
            fresh.close();
            throw DatabaseFailures.cannotOpen(e);
        }
    }

    private Database openForWriting() {
        try {
            return Database.openWithoutMigrating(dataFolder, options);
        } catch (DatabaseException e) {
            throw e.problem() == DatabaseException.Problem.IN_USE
                    ? DatabaseFailures.inUse(e) : DatabaseFailures.cannotOpen(e);
        }
    }

    private Database migrateWithBackup(Database database, SchemaState state) {
        BackupFile backup;
        try {
            backup = backups.write(database, BackupReason.UPGRADE);
            marker.write(backup);
        } catch (DatabaseException | IOException e) {
            database.close();
            LOG.error("backup before migration failed", LogSafe.redact(e));
            throw DatabaseFailures.clerk(DatabaseException.Problem.WRITE_FAILED,
                    Messages.get("db.error.backupBeforeUpgrade"), e);
        }
        LOG.info("migrating database from version {} ({} pending)", state.version(), state.pending().size());
        try {
            database.migrate();
            marker.clear();
            return database;
        } catch (DatabaseException e) {
            LOG.error("migration failed; restoring {}", backup.path().getFileName(), LogSafe.redact(e));
            database.close();
            return putBackupBack(backup, e);
        }
    }

    private Database putBackupBack(BackupFile backup, DatabaseException failure) {
        try {
            restore.restoreFrom(backup.path(), "failed-upgrade");
            marker.clear();
        } catch (DatabaseException e) {
            LOG.error("restoring the backup after a failed migration failed", LogSafe.redact(e));
            throw DatabaseFailures.clerk(DatabaseException.Problem.MIGRATION_FAILED,
                    Messages.get("db.error.upgradeRestoreFailed", backup.path()), failure);
        }
        throw DatabaseFailures.clerk(DatabaseException.Problem.MIGRATION_FAILED,
                Messages.get("db.error.upgradeFailed", backup.timeText()), failure);
    }
}
