package org.qiyouxiang.app.ui.report;

import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.service.CellChange;
import org.qiyouxiang.app.service.FileReturn;
import org.qiyouxiang.app.service.FormReturnBatch;

/**
 * Returned forms as the import preview shows them, in the clerk's words: per file its unit, quarter and
 * what it changes (row, item, column, old → new), what is not imported and why, and notes.
 */
public record ReturnsPreview(String summary, List<FileLine> files) {

    public ReturnsPreview {
        files = List.copyOf(files);
    }

    /** One returned file. {@code state}: 修改 3 处, 没有修改, 未导入. */
    public record FileLine(String fileName, String unit, String quarter, String state, boolean refused,
                           List<ChangeLine> changes, List<String> problems, List<String> notes) {

        public FileLine {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /** One cell: 第 5 行, the item, 完成情况, what is stored, what the unit wrote. */
    public record ChangeLine(String row, String item, String field, String before, String after) {
    }

    public static ReturnsPreview of(FormReturnBatch batch) {
        List<FileLine> files = batch.files().stream().map(ReturnsPreview::file).toList();
        long accepted = batch.files().stream().filter(f -> !f.refused()).count();
        String summary = Messages.get("returns.summary", batch.files().size(), accepted, batch.changes().size(),
                batch.problemCount());
        return new ReturnsPreview(summary, files);
    }

    private static FileLine file(FileReturn file) {
        String unit = file.unit() == null ? Messages.get("item.none") : file.unit();
        String quarter = file.year() == null || file.quarter() == null ? Messages.get("item.none")
                : Messages.get("report.choice.label", file.year(), Quarters.label(file.quarter()));
        String state = file.refused() ? Messages.get("returns.state.refused")
                : file.changes().isEmpty() ? Messages.get("returns.state.unchanged")
                : Messages.get("returns.state.changes", file.changes().size());
        List<ChangeLine> changes = file.changes().stream().map(ReturnsPreview::change).toList();
        return new FileLine(file.file().getFileName().toString(), unit, quarter, state, file.refused(), changes,
                file.problems(), file.notes());
    }

    private static ChangeLine change(CellChange change) {
        return new ChangeLine(Messages.get("returns.row", change.rowNumber()), change.itemName(),
                Messages.get("progress.field." + change.change().field().name()), shown(change.before()),
                shown(change.after()));
    }

    private static String shown(String text) {
        return text == null || text.isEmpty() ? Messages.get("form.preview.empty") : text;
    }

    /** True when at least one file is not refused: importing it marks its unit's form returned. */
    public boolean importable() {
        return files.stream().anyMatch(f -> !f.refused());
    }
}
