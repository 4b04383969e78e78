package org.qiyouxiang.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.qiyouxiang.app.cli.CommandLine;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.InstanceLock;
import org.qiyouxiang.app.ui.AlreadyOpenNotice;
import org.qiyouxiang.app.ui.DesktopApp;
import org.qiyouxiang.app.ui.SingleWindow;
import org.qiyouxiang.app.ui.main.EarlyOpen;
import org.qiyouxiang.db.DatabaseException;

/**
 * Program entry. Does not extend {@code Application}, so JavaFX runs from the class path.
 * No command: the desktop app. A command (import, export, backup, restore, check): the command line.
 *
 * <p>Before anything else it learns the data folder ({@code --data DIR} or the user's data folder), points
 * the log there ({@code <data>/logs}) and takes the folder's {@link InstanceLock}. When another window or
 * command holds the lock it says so in Chinese on stderr and exits with {@link #ALREADY_RUNNING}, having
 * touched nothing.
 */
public final class Launcher {

    /** Exit code of a start refused because the data folder is in use (the same as bad input: nothing changed). */
    public static final int ALREADY_RUNNING = 2;
    private static final int FAILURE = 1;
    /** System property read by {@link LogSetup} for the log folder. */
    public static final String LOG_FOLDER_PROPERTY = "qiyouxiang.logdir";

    /** Held while the desktop app runs; a static reference, or the collected channel would drop the lock. */
    private static InstanceLock desktopLock;

    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataFolder = CommandLine.dataFolder(args);
        useLogFolder(dataFolder);
        keepJavaFxCacheIn(dataFolder);
        boolean command = CommandLine.isCommand(args);
        if (command && !CommandLine.usesDataFolder(args)) {
            System.exit(CommandLine.run(args));
        }
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(dataFolder);
        } catch (DatabaseException e) {
            err.println(e.getMessage());
            System.exit(FAILURE);
            return;
        }
        if (lock.isEmpty()) {
            err.println(Messages.get("lock.taken", dataFolder.toAbsolutePath()));
            // Nobody reads stderr after a double-click: bring the open window to the front, or say so in a window.
            System.exit(command || SingleWindow.wakeTheOther(dataFolder) ? ALREADY_RUNNING
                    : AlreadyOpenNotice.show(dataFolder));
            return;
        }
        if (command) {
            int code;
            try (InstanceLock held = lock.get()) {
                code = CommandLine.run(args);
            }
            System.exit(code);
        }
        desktopLock = lock.get();
        EarlyOpen.begin(dataFolder);
        System.exit(DesktopApp.launchWith(args));
    }

    /**
     * JavaFX unpacks its native libraries into {@code ~/.openjfx/cache} unless {@code javafx.cachedir}
     * says otherwise; keep them in the clerk's data folder. Set here, before any JavaFX class loads,
     * because the installer's launcher cannot put an environment variable into a JVM option.
     */
    static void keepJavaFxCacheIn(Path dataFolder) {
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", dataFolder.resolve("javafx-cache").toAbsolutePath().toString());
        }
    }

    /**
     * Sets the log folder before the first logger exists (logback reads the property once, at start).
     * Forward slashes: logback's file-name patterns treat a backslash as an escape.
     */
    private static void useLogFolder(Path dataFolder) {
        if (System.getProperty(LOG_FOLDER_PROPERTY) == null) {
            System.setProperty(LOG_FOLDER_PROPERTY,
                    dataFolder.resolve("logs").toAbsolutePath().toString().replace('\\', '/'));
        }
    }
}
