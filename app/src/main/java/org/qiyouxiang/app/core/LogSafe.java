package org.qiyouxiang.app.core;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Exceptions as the log may keep them. The log never holds the clerk's data, but exception messages
 * can: H2 quotes the values of a failed statement, jOOQ the SQL with its bind values, the reader the
 * text of a cell. A redacted copy keeps each exception's class, SQL state and stack trace, and keeps
 * the message only of I/O exceptions ("No space left on device"), without file names.
 */
public final class LogSafe {

    private LogSafe() {
    }

    public static Throwable redact(Throwable error) {
        return error == null ? null : redact(error, new IdentityHashMap<>());
    }

    private static Throwable redact(Throwable error, Map<Throwable, Redacted> done) {
        Redacted known = done.get(error);
        if (known != null) {
            return known;
        }
        Redacted copy = new Redacted(describe(error));
        done.put(error, copy);
        copy.setStackTrace(error.getStackTrace());
        if (error.getCause() != null && error.getCause() != error) {
            copy.initCause(redact(error.getCause(), done));
        }
        for (Throwable suppressed : error.getSuppressed()) {
            copy.addSuppressed(redact(suppressed, done));
        }
        return copy;
    }

    static String describe(Throwable error) {
        String type = error.getClass().getName();
        if (error instanceof Redacted) {
            return error.toString();
        }
        if (error instanceof SQLException sql) {
            return type + " [SQL state " + sql.getSQLState() + ", error " + sql.getErrorCode() + "]";
        }
        if (error instanceof FileSystemException fs) {
            return fs.getReason() == null ? type : type + ": " + fs.getReason();
        }
        if (error instanceof IOException && error.getMessage() != null) {
            return type + ": " + error.getMessage();
        }
        return type;
    }

    /** Stands in for an exception; prints as the original's class name. */
    private static final class Redacted extends Exception {
        private final String description;

        Redacted(String description) {
            super(description);
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
