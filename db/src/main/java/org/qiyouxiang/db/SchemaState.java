package org.qiyouxiang.db;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Where a database file stands against this app's migrations, read before anything is written.
 *
 * @param applied     versions applied to the file, oldest first
 * @param pending     versions this app would apply
 * @param unknown     versions applied by a newer app, which this app does not know
 * @param failed      versions recorded as failed
 * @param latestKnown the newest version this app knows
 */
public record SchemaState(List<String> applied, List<String> pending, List<String> unknown, List<String> failed,
                          String latestKnown) {

    public SchemaState {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        unknown = List.copyOf(unknown);
        failed = List.copyOf(failed);
    }

    static SchemaState of(MigrationInfoService info) {
        List<String> applied = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        String latestKnown = "0";
        for (MigrationInfo migration : info.all()) {
            MigrationState state = migration.getState();
            String version = migration.getVersion() == null
                    ? migration.getDescription() : migration.getVersion().getVersion();
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                unknown.add(version);
            } else if (state.isFailed()) {
                failed.add(version);
            }
            if (state == MigrationState.PENDING) {
                pending.add(version);
            }
            if (state.isApplied()) {
                applied.add(version);
            }
            if (state.isResolved() && migration.getVersion() != null) {
                latestKnown = version;
            }
        }
        return new SchemaState(applied, pending, unknown, failed, latestKnown);
    }

    /** Nothing applied yet: a new, empty file. */
    public boolean isNew() {
        return applied.isEmpty();
    }

    /** Written by a newer app: this app must not write to it. */
    public boolean isNewerThanApp() {
        return !unknown.isEmpty();
    }

    /** Migrations to apply, or a failed one to retry: the file changes shape. */
    public boolean needsMigration() {
        return !pending.isEmpty() || !failed.isEmpty();
    }

    /** The newest version applied to the file, "0" for a new file. */
    public String version() {
        return applied.isEmpty() ? "0" : applied.get(applied.size() - 1);
    }
}
