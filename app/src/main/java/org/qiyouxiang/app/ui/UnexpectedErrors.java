package org.qiyouxiang.app.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure that no code of the window caught (a button's handler that threw, say): without this the JavaFX
 * thread only prints it, and the clerk sees a click that did nothing. It is logged with its stack trace and the
 * clerk is told, in Chinese, that the last action did not complete; one message at a time, so that a failure
 * that repeats on every frame cannot stack up dialogs.
 */
final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final Consumer<Throwable> tellTheClerk;
    private boolean telling;

    /** @param tellTheClerk shows the error and returns once the clerk has closed the message */
    UnexpectedErrors(Consumer<Throwable> tellTheClerk) {
        this.tellTheClerk = tellTheClerk;
    }

    /** Catches what the calling thread, the JavaFX thread, leaves uncaught. */
    static void catchOnThisThread(Consumer<Throwable> tellTheClerk) {
        Thread.currentThread().setUncaughtExceptionHandler(new UnexpectedErrors(tellTheClerk));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("uncaught on {}", thread.getName(), error);
        if (telling) {
            return;
        }
        telling = true;
        // Later, not here: the failure may have come from a layout pass, where no dialog may wait.
        Platform.runLater(() -> {
            try {
                tellTheClerk.accept(error);
            } catch (RuntimeException e) {
                LOG.error("the message about an unexpected error could not be shown", e);
            } finally {
                telling = false;
            }
        });
    }
}
