package org.qiyouxiang.app.service;

/** Storing a file would replace a table stored earlier, and the clerk has not said to replace it. */
public final class AlreadyStoredException extends Exception {

    private final transient PendingImport file;

    public AlreadyStoredException(PendingImport file) {
        super(file.kind() + " " + file.year() + " already stored");
        this.file = file;
    }

    public PendingImport file() {
        return file;
    }
}
