package org.qiyouxiang.app.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.qiyouxiang.app.service.PendingImport;

/** What the view model asks of the clerk or tells them: dialogs in the window, stubs in tests. */
public interface Interaction {

    /** Shows what an import will bring in; true when the clerk confirms. */
    boolean confirmImport(PendingImport file);

    /** Asks for the year of a work list whose file does not say. */
    OptionalInt askYear(String fileName);

    /** Tells what went wrong, in the clerk's words. */
    void showError(Throwable error);

    /** Tells something the clerk must know but that is no error (a backup was restored at start). */
    void showNotice(String text);

    /** Says a file was written, offering to open it. */
    void showExported(Path file, String summary);

    /** Says a file was written, with what the clerk should check in the data it came from (may be empty). */
    default void showExported(Path file, String summary, List<String> checks) {
        showExported(file, checks.isEmpty() ? summary : summary + "\n\n" + String.join("\n", checks));
    }
}
