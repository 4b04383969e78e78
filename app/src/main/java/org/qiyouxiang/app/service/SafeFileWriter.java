package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.qiyouxiang.app.core.Messages;

/**
 * Writes an output file through a temporary file beside it, moved into place only when complete:
 * an export that fails (disk full, the file open in Excel) leaves the old file as it was.
 */
public final class SafeFileWriter {

    /** Produces the file's content at the given (temporary) path. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    private SafeFileWriter() {
    }

    public static void write(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".qyx-", ".tmp");
            content.writeTo(temporary);
            readableLikeOtherFiles(temporary);
            // "Exported" means on disk: without the force a power cut can leave an empty file in place of the old one.
            DurableFiles.force(temporary);
            DurableFiles.moveIntoPlace(temporary, absolute);
        } catch (FileSystemException e) {
            throw new ExportException(Messages.get("export.error.locked", absolute.getFileName()), e);
        } catch (IOException e) {
            throw new ExportException(Messages.get("export.error.io", absolute.getFileName(), e.getMessage()), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** A temporary file is private to its owner on Linux; the finished export is an ordinary file. */
    private static void readableLikeOtherFiles(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // A leftover hidden temporary file is harmless; the export's outcome is already decided.
        }
    }
}
