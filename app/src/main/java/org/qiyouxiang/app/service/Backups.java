package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.qiyouxiang.db.Database;

/**
 * The backups of an open workspace: listed newest first, made on demand ({@code 立即备份}) and
 * automatically (daily at start, before every import, before a schema upgrade, at exit when something
 * was saved). Every backup is verified before it counts; the rotation keeps the 10 newest,
 * 7 daily, 4 weekly and 12 monthly.
 */
public final class Backups {

    private final BackupFolder folder;
    private final Database database;
    private long savesAtLastBackup;

    Backups(BackupFolder folder, Database database) {
        this.folder = folder;
        this.database = database;
    }

    /** Newest first, with time, reason and size. */
    public List<BackupFile> list() {
        return folder.list();
    }

    public Optional<BackupFile> newest() {
        return folder.newest();
    }

    /** {@code <data>/backups}. */
    public Path folder() {
        return folder.path();
    }

    /**
     * Makes a verified backup now.
     *
     * @throws org.qiyouxiang.db.DatabaseException with a message for the clerk; earlier backups are untouched
     */
    public synchronized BackupFile create(BackupReason reason) {
        long saves = database.savedCount();
        BackupFile backup = folder.write(database, reason);
        savesAtLastBackup = saves;
        return backup;
    }

    /** Writes a verified backup to a file of the clerk's choosing (a USB stick), outside the rotation. */
    public synchronized void writeTo(Path target) {
        folder.writeVerified(database, target.toAbsolutePath());
    }

    /** Whether anything was saved since this session's last backup: the exit backup is needed. */
    synchronized boolean savedSinceLastBackup() {
        return database.savedCount() > savesAtLastBackup;
    }
}
