package org.qiyouxiang.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the clerk's data lives: never beside the program, always in the user's data folder.
 * Windows {@code %LOCALAPPDATA%\Qiyouxiang}, elsewhere {@code $XDG_DATA_HOME/qiyouxiang}
 * or {@code ~/.local/share/qiyouxiang}.
 */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path defaultLocation() {
        return defaultLocation(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultLocation(String osName, Map<String, String> env, String userHome) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank()
                    ? Path.of(local)
                    : Path.of(userHome, "AppData", "Local");
            return base.resolve("Qiyouxiang");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("qiyouxiang");
    }
}
