package org.qiyouxiang.app.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on one background thread, so that database work never overlaps and the window never freezes. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "qiyouxiang-work");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int running;

    @Override
    public <T> void run(String text, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(text);
                return work.call((fraction, note) -> {
                    updateProgress(fraction, 1);
                    if (note != null) {
                        updateMessage(note);
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            LOG.warn("background work failed: {}", text, task.getException());
            onFailure.accept(task.getException());
        });
        if (executor.isShutdown()) {
            // The window is closing (a task finished after the clerk closed it): nothing more to start.
            LOG.info("not started, the window is closing: {}", text);
            return;
        }
        started(task);
        executor.execute(task);
    }

    private void started(Task<?> task) {
        running++;
        busy.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
    }

    private void finished() {
        running--;
        if (running == 0) {
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
            busy.set(false);
        }
    }

    @Override
    public Executor background() {
        return executor;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Lets running work finish (an import's transaction ends either way), then stops the thread. */
    @Override
    public void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
