package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.DatabaseException;

/**
 * One program per data folder: an operating-system lock on {@code <data>/qiyouxiang.lock}, taken at
 * program entry and held until exit. The operating system drops it when the process dies, however it
 * dies, so a stale lock cannot lock the clerk out. The file itself is never deleted: deleting it would
 * let a second process lock a new file of the same name while the first still holds the old one.
 */
public final class InstanceLock implements AutoCloseable {

    public static final String FILE_NAME = "qiyouxiang.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the data folder's lock, creating the folder if needed.
     *
     * @return empty when another program (or this one) holds it
     * @throws DatabaseException with a message for the clerk when the folder cannot be written
     */
    public static Optional<InstanceLock> tryAcquire(Path dataFolder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataFolder);
            channel = FileChannel.open(dataFolder.resolve(FILE_NAME),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new InstanceLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held by this very process (a second start inside one JVM): taken all the same.
        } catch (IOException e) {
            closeQuietly(channel);
            throw DatabaseFailures.clerk(DatabaseException.Problem.WRITE_FAILED,
                    Messages.get("lock.unavailable", dataFolder), e);
        }
        closeQuietly(channel);
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases it anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // The process is about to stop using the folder; the OS drops the lock with the handle.
        }
    }
}
