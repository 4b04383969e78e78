package org.qiyouxiang.app;

import java.nio.file.Path;
import org.qiyouxiang.app.cli.CommandLine;
import org.qiyouxiang.app.ui.DesktopApp;
import org.qiyouxiang.db.DataFolder;

/**
 * Program entry. Does not extend {@code Application}, so JavaFX runs from the class path.
 * No command: the desktop app. A command (import, export, …): the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        keepJavaFxCacheInDataFolder(args);
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        System.exit(DesktopApp.launchWith(args));
    }

    /**
     * JavaFX unpacks its native libraries into {@code ~/.openjfx/cache} unless {@code javafx.cachedir}
     * says otherwise; keep them in the clerk's data folder. Set here, before any JavaFX class loads,
     * because the installer's launcher cannot put an environment variable into a JVM option.
     */
    static void keepJavaFxCacheInDataFolder(String[] args) {
        if (System.getProperty("javafx.cachedir") != null) {
            return;
        }
        Path data = DataFolder.defaultLocation();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data=")) {
                data = Path.of(args[i].substring("--data=".length()));
            }
        }
        System.setProperty("javafx.cachedir", data.resolve("javafx-cache").toAbsolutePath().toString());
    }
}
