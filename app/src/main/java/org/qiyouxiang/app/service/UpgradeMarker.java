package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.qiyouxiang.app.core.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <data>/upgrade-in-progress.txt}, naming the backup made before a schema migration. It exists
 * only while the migration runs: found at start, it says the program stopped mid-migration (H2 cannot
 * roll back DDL), and that backup is the state to go back to.
 */
final class UpgradeMarker {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeMarker.class);
    static final String FILE_NAME = "upgrade-in-progress.txt";

    private final Path file;

    UpgradeMarker(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    void write(BackupFile backup) throws IOException {
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        Files.writeString(temporary, backup.path().getFileName().toString(), StandardCharsets.UTF_8);
        DurableFiles.force(temporary);
        DurableFiles.moveIntoPlace(temporary, file);
    }

    /** The backup of a migration that did not finish, when there was one and it is still there. */
    Optional<Path> interruptedUpgradeBackup(Path backupsFolder) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(file, StandardCharsets.UTF_8).strip();
            Path backup = backupsFolder.resolve(name).normalize();
            boolean inBackupsFolder = backup.getParent().equals(backupsFolder.normalize());
            if (!name.isEmpty() && inBackupsFolder && Files.isRegularFile(backup)) {
                return Optional.of(backup);
            }
            LOG.warn("upgrade marker names a missing backup");
        } catch (IOException | RuntimeException e) {
            LOG.warn("upgrade marker unreadable", LogSafe.redact(e));
        }
        clear();
        return Optional.empty();
    }

    void clear() {
        DurableFiles.deleteQuietly(file);
        DurableFiles.forceFolder(file.getParent());
    }
}
