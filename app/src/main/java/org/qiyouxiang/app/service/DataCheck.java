package org.qiyouxiang.app.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * The integrity check of a closed data folder, changing nothing: the database file read to the end
 * through a read-only instance, and the newest backup likewise. Repairs happen at the next start.
 */
public final class DataCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DataCheck.class);

    public enum Verdict { SOUND, NO_DATABASE, MISSING, DAMAGED, NEWER }

    /**
     * @param verdict      the database file's state
     * @param backupSound  whether the newest backup passed its check (true when there is none)
     * @param lines        what to tell the clerk, in Chinese
     */
    public record Report(Verdict verdict, boolean backupSound, List<String> lines) {

        public Report {
            lines = List.copyOf(lines);
        }

        /** Nothing to worry about: the file (if any) and the newest backup (if any) read to the end. */
        public boolean sound() {
            return (verdict == Verdict.SOUND || verdict == Verdict.NO_DATABASE) && backupSound;
        }
    }

    private DataCheck() {
    }

    /** @throws DatabaseException with a message for the clerk when another program holds the file */
    public static Report run(Path dataFolder) {
        return run(dataFolder, DatabaseOptions.DEFAULT);
    }

    static Report run(Path dataFolder, DatabaseOptions options) {
        List<String> lines = new ArrayList<>();
        BackupFolder backups = new BackupFolder(dataFolder, Clock.systemDefaultZone());
        Verdict verdict = checkDatabase(dataFolder, options, backups, lines);
        Optional<BackupFile> newest = backups.newest();
        boolean backupSound = true;
        if (newest.isEmpty()) {
            lines.add(Messages.get("cli.check.noBackup"));
        } else {
            try {
                DatabaseFiles.verifyArchive(newest.get().path(), options);
                lines.add(Messages.get("cli.check.newestBackup", newest.get().timeText(), newest.get().sizeText()));
            } catch (DatabaseException e) {
                LOG.warn("newest backup failed its check", LogSafe.redact(e));
                lines.add(Messages.get("cli.check.backupBad", newest.get().path().getFileName()));
                backupSound = false;
            }
        }
        return new Report(verdict, backupSound, lines);
    }

    private static Verdict checkDatabase(Path dataFolder, DatabaseOptions options, BackupFolder backups,
                                         List<String> lines) {
        if (!Files.exists(DatabaseFiles.dataFile(dataFolder))) {
            boolean hasBackups = !backups.list().isEmpty();
            lines.add(Messages.get(hasBackups ? "cli.check.missing" : "cli.check.noDatabase"));
            return hasBackups ? Verdict.MISSING : Verdict.NO_DATABASE;
        }
        SchemaState state;
        try {
            state = DatabaseFiles.verifyFolder(dataFolder, options);
        } catch (DatabaseException e) {
            if (e.problem() == DatabaseException.Problem.IN_USE) {
                throw DatabaseFailures.inUse(e);
            }
            LOG.warn("database file failed its check", LogSafe.redact(e));
            lines.add(Messages.get("cli.check.damaged"));
            return Verdict.DAMAGED;
        }
        if (state.isNewerThanApp()) {
            lines.add(DatabaseFailures.newer(state).getMessage());
            return Verdict.NEWER;
        }
        lines.add(Messages.get("cli.check.sound", state.version()));
        if (state.needsMigration()) {
            lines.add(Messages.get("cli.check.upgradePending", state.latestKnown()));
        }
        return Verdict.SOUND;
    }
}
