package org.qiyouxiang.app.ui;

import java.nio.file.Path;
import java.util.List;
import org.qiyouxiang.db.DataFolder;

/**
 * The desktop app's options: {@code --data DIR} (another data folder), {@code --sample} (an empty
 * database gets the 嵊泗 2024 sample at once), {@code --exit-when-loaded} (quit once the data shows:
 * for the installer's smoke test and for start-up measurements).
 */
public record AppOptions(Path dataFolder, boolean sample, boolean exitWhenLoaded) {

    public static AppOptions parse(List<String> args) {
        Path data = DataFolder.defaultLocation();
        boolean sample = false;
        boolean exit = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--data" -> {
                    if (i + 1 < args.size()) {
                        data = Path.of(args.get(++i));
                    }
                }
                case "--sample" -> sample = true;
                case "--exit-when-loaded" -> exit = true;
                default -> {
                    if (args.get(i).startsWith("--data=")) {
                        // As the launcher reads it, so that both mean the same folder.
                        data = Path.of(args.get(i).substring("--data=".length()));
                    }
                    // Unknown words (a file double-clicked onto the program) are ignored for now.
                }
            }
        }
        return new AppOptions(data, sample, exit);
    }
}
