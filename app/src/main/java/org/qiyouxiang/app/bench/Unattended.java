package org.qiyouxiang.app.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.service.PendingImport;
import org.qiyouxiang.app.ui.main.Interaction;
import org.qiyouxiang.app.ui.progress.PastePreview;
import org.qiyouxiang.app.ui.progress.ProgressInteraction;
import org.qiyouxiang.db.model.Status;

/** The window's questions in a benchmark: every one declined, every message dropped; the benchmark only reads. */
final class Unattended implements Interaction, ProgressInteraction {
    @Override
    public boolean confirmImport(PendingImport file) {
        return false;
    }

    @Override
    public OptionalInt askYear(String fileName) {
        return OptionalInt.empty();
    }

    @Override
    public void showExported(Path file, String summary) {
    }

    @Override
    public void showNotice(String text) {
    }

    @Override
    public boolean confirmPaste(PastePreview preview) {
        return false;
    }

    @Override
    public Optional<String> askOverrideReason(QuarterRow row, Status chosen) {
        return Optional.empty();
    }

    @Override
    public boolean confirmCopy(int fromYear, int toYear) {
        return false;
    }

    @Override
    public void showProblems(String headline, List<String> problems) {
    }

    @Override
    public void showError(Throwable error) {
        throw new IllegalStateException("the benchmark failed", error);
    }
}
