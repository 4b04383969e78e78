package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code <data>/creating-database.txt}: exists while a new, empty database file is being created and
 * migrated, before {@link Workspace#open} has returned and so before anything can be saved in it. Found
 * at start, it says the program stopped during its very first start: whatever file is there holds no
 * data, and is set aside without alarming the clerk.
 */
final class CreationMarker {

    static final String FILE_NAME = "creating-database.txt";

    private final Path file;

    CreationMarker(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    void write() throws IOException {
        Files.writeString(file, "A new database is being created; it holds no data yet.", StandardCharsets.UTF_8);
        DurableFiles.force(file);
        DurableFiles.forceFolder(file.getParent());
    }

    void clear() {
        DurableFiles.deleteQuietly(file);
        DurableFiles.forceFolder(file.getParent());
    }
}
