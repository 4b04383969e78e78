package org.qiyouxiang.app.ui.task;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs work off the FX thread and hands the result back on it. The window uses a background runner;
 * view-model tests use {@link SameThreadTaskRunner}. Database work is serialised on one thread.
 */
public interface TaskRunner {

    /**
     * @param message   what the status bar says while the work runs (正在导入…)
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with what went wrong
     */
    <T> void run(String message, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** The one background thread itself, for code that takes an Executor (the backup dialog). */
    Executor background();

    ReadOnlyBooleanProperty busyProperty();

    /** 0..1, or -1 while the work cannot say. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    void shutdown();
}
