package org.qiyouxiang.app.ui.main;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder opened and its years read on a thread of its own, begun by the launcher as soon as it holds
 * the folder's lock, while JavaFX starts and builds the window on the other core. The window's start takes the
 * result instead of opening the folder itself after its first frame: 总览 shows the data about 0.3 s sooner on a
 * 2-core PC, and the empty window comes about 0.2 s later (docs/benchmarks.md, Start-up).
 */
public final class EarlyOpen {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyOpen.class);
    private static final AtomicReference<EarlyOpen> PENDING = new AtomicReference<>();

    private final Path dataFolder;
    private final FutureTask<DataFolderRead.Loaded> task;

    private EarlyOpen(Path dataFolder) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.task = new FutureTask<>(() -> DataFolderRead.openAndRead(dataFolder));
    }

    /** Begins opening the data folder; the desktop app's start takes what it opened. */
    public static void begin(Path dataFolder) {
        EarlyOpen early = new EarlyOpen(dataFolder);
        EarlyOpen before = PENDING.getAndSet(early);
        if (before != null) {
            before.discard();
        }
        new Thread(early.task, "qiyouxiang-open").start();
    }

    /**
     * The data folder opened and read: what was begun early for this folder, waited for, or else opened now on
     * the caller's thread. Failures are those of {@link DataFolderRead#openAndRead}, whichever thread met them.
     */
    static DataFolderRead.Loaded openAndRead(Path dataFolder) throws Exception {
        EarlyOpen early = PENDING.getAndSet(null);
        if (early != null && early.dataFolder.equals(dataFolder.toAbsolutePath().normalize())) {
            return early.result();
        }
        if (early != null) {
            early.discard();
        }
        return DataFolderRead.openAndRead(dataFolder);
    }

    /** The window closes: a folder opened early and never taken is closed (after its open has finished). */
    static void closeUntaken() {
        EarlyOpen early = PENDING.getAndSet(null);
        if (early != null) {
            early.discard();
        }
    }

    /** Whether an early open is waiting to be taken. */
    static boolean pending() {
        return PENDING.get() != null;
    }

    private DataFolderRead.Loaded result() throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    /** Another folder is wanted after all: what this one opened is closed once it has. */
    private void discard() {
        try {
            result().workspace().close();
        } catch (Exception e) {
            LOG.warn("a data folder opened at the start and not used could not be closed: {}", dataFolder, e);
        }
    }
}
