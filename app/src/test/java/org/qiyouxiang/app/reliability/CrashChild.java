package org.qiyouxiang.app.reliability;

import java.nio.file.Path;
import org.qiyouxiang.app.TestWorkLists;
import org.qiyouxiang.app.service.BackupFile;
import org.qiyouxiang.app.service.BackupReason;
import org.qiyouxiang.app.service.InstanceLock;
import org.qiyouxiang.app.service.Workspace;

/**
 * The program the crash tests kill: it starts as the app does (lock, then {@link Workspace#open}) and
 * then saves through the app's own services until it is killed, printing each save only once the
 * service has returned, which is when the clerk would be told "saved".
 *
 * <pre>CrashChild import DATA N   stores edit N, N+1, … (each replacing a year's list, after a backup)
 * CrashChild backup DATA      makes backups one after the other</pre>
 */
public final class CrashChild {

    /** Edits cycle over twenty years, so that most are replacements of an earlier edit's list. */
    static int yearOf(int edit) {
        return 2100 + edit % 20;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[1]);
        InstanceLock lock = InstanceLock.tryAcquire(data).orElseThrow(() -> new IllegalStateException("locked"));
        try (lock; Workspace workspace = Workspace.open(data)) {
            say("OPEN " + workspace.startupNotice().isPresent());
            if (mode.equals("import")) {
                for (int edit = Integer.parseInt(args[2]); ; edit++) {
                    say("STORING " + edit);
                    workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(edit, yearOf(edit))), true);
                    say("CONFIRMED " + edit);
                }
            }
            while (true) {
                BackupFile backup = workspace.backups().create(BackupReason.MANUAL);
                say("BACKED " + backup.path().getFileName());
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
