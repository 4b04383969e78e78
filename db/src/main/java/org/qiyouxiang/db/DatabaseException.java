package org.qiyouxiang.db;

/** The database could not be opened, read or written. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
