package org.qiyouxiang.app.ui;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window per data folder: a second start drops a wake-up file into the data folder; the open
 * window sees it, comes to the front and removes the file, which tells the second start it was heard.
 */
public final class SingleWindow {

    private static final Logger LOG = LoggerFactory.getLogger(SingleWindow.class);
    static final String WAKE_FILE = "qiyouxiang.wake";
    private static final long WAIT_MILLIS = 3000;

    private SingleWindow() {
    }

    /** Asks the open window to come to the front; true when it answered within a few seconds. */
    public static boolean wakeTheOther(Path dataFolder) {
        Path wake = dataFolder.resolve(WAKE_FILE);
        try {
            Files.writeString(wake, String.valueOf(ProcessHandle.current().pid()));
            long until = System.currentTimeMillis() + WAIT_MILLIS;
            while (System.currentTimeMillis() < until) {
                if (!Files.exists(wake)) {
                    return true;
                }
                Thread.sleep(100);
            }
            Files.deleteIfExists(wake);
        } catch (IOException e) {
            LOG.warn("cannot wake the open window", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Watches the data folder for wake-up files while the window is open (a daemon thread). */
    static void listen(Path dataFolder, Runnable toFront) {
        Thread watcher = new Thread(() -> watch(dataFolder, toFront), "qiyouxiang-single-window");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void watch(Path dataFolder, Runnable toFront) {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            Files.createDirectories(dataFolder);
            dataFolder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            Files.deleteIfExists(dataFolder.resolve(WAKE_FILE));
            while (true) {
                WatchKey key = service.take();
                boolean woken = key.pollEvents().stream().anyMatch(e -> WAKE_FILE.equals(String.valueOf(e.context())));
                if (woken && Files.deleteIfExists(dataFolder.resolve(WAKE_FILE))) {
                    toFront.run();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (IOException | ClosedWatchServiceException e) {
            LOG.warn("a second start cannot bring this window to the front", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
