package org.qiyouxiang.db;

/**
 * The database could not be opened, read or written. The {@link Problem} tells the caller what kind
 * of failure it is, so that a file in use by another program is never mistaken for a damaged one.
 */
public class DatabaseException extends RuntimeException {

    /** What went wrong, as far as the caller must act differently. */
    public enum Problem {
        /** Another process holds the file; nothing is wrong with it. */
        IN_USE,
        /** The file does not open or does not read to the end: damaged, truncated, not a database. */
        UNREADABLE,
        /** The file was written by a newer app: its schema has migrations this app does not know. */
        NEWER_SCHEMA,
        /** A schema migration failed part-way; the file may hold part of it (H2 cannot roll back DDL). */
        MIGRATION_FAILED,
        /** Writing to disk failed: disk full, I/O error. */
        WRITE_FAILED,
        OTHER
    }

    private final Problem problem;

    public DatabaseException(String message, Throwable cause) {
        this(Problem.OTHER, message, cause);
    }

    public DatabaseException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
