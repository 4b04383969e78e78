package org.qiyouxiang.app.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clerk's small preferences (the last folder a file was chosen from, …), kept as UTF-8 text in
 * the data folder beside the database. A lost or unreadable settings file only loses preferences.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    public static final String FILE_NAME = "settings.properties";
    private static final String LAST_FOLDER = "lastFolder";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path dataFolder) {
        Settings settings = new Settings(dataFolder.resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("settings unreadable, using defaults", e);
            }
        }
        return settings;
    }

    /** The folder the last file was opened from or saved to, if it still exists. */
    public Optional<Path> lastFolder() {
        String value = values.getProperty(LAST_FOLDER);
        if (value == null) {
            return Optional.empty();
        }
        Path folder = Path.of(value);
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    public void rememberFolderOf(Path chosenFile) {
        Path folder = chosenFile.toAbsolutePath().getParent();
        if (folder != null) {
            values.setProperty(LAST_FOLDER, folder.toString());
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(out, "Qiyouxiang settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("settings not saved", e);
        }
    }
}
