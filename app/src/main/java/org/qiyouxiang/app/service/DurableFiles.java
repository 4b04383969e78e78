package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The small file moves that make a write all-or-nothing: force a file's bytes to disk, rename it into
 * place, and force the folder so that the rename itself survives a power cut.
 */
final class DurableFiles {

    private DurableFiles() {
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Renames {@code source} to {@code target} (replacing it), atomically where the file system can. */
    static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** Linux needs the folder forced for a rename to be durable; Windows cannot open a folder and needs nothing. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Not possible on this platform (Windows); NTFS journals the rename itself.
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless: its name is never taken for a backup or the database.
        }
    }

    /** A path in {@code folder} no file has yet: {@code base-label-stamp.ext}, with -2, -3 … when taken. */
    static Path unusedName(Path folder, String base, String extension) {
        Path candidate = folder.resolve(base + extension);
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.resolve(base + "-" + i + extension);
        }
        return candidate;
    }
}
