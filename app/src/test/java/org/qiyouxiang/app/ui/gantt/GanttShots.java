package org.qiyouxiang.app.ui.gantt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.image.Image;

/** Pictures the tests make, kept in app/target/gantt-shots for a person to look at. */
final class GanttShots {

    static final Path FOLDER = Path.of("target", "gantt-shots");

    private GanttShots() {
    }

    static Path keep(Path file, String name) {
        try {
            Files.createDirectories(FOLDER);
            return Files.copy(file, FOLDER.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path keep(Image image, String name) {
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name);
            PngFiles.write(image, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
