package org.qiyouxiang.app.ui.task;

/** Work for a background thread: database, files, POI. Reports progress; never touches the screen. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T call(Progress progress) throws Exception;

    /** Where long work says how far it is. */
    @FunctionalInterface
    interface Progress {
        void update(double fraction, String message);
    }
}
