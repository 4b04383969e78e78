package org.qiyouxiang.app.ui.progress;

import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.CellValues;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.StatusChoice;
import org.qiyouxiang.db.model.WorkItem;

/**
 * A pasted block before it is applied: every cell that changes, old → new, as the clerk reads them.
 *
 * @param rows    the block's rows as copied
 * @param columns the block's widest row
 */
public record PastePreview(int rows, int columns, List<Cell> cells, ChangeSet changes) {

    /** One cell that changes: the item, the column, what it holds and what it will hold. */
    public record Cell(String item, String quarter, String column, String before, String after) {
    }

    public PastePreview {
        cells = List.copyOf(cells);
    }

    static PastePreview of(List<List<String>> block, ChangeSet changes, ProgressBook book) {
        List<Cell> cells = new ArrayList<>();
        for (Change change : changes.changes()) {
            String item = book.item(change.workItemId()).map(PastePreview::itemLabel).orElse("");
            cells.add(new Cell(item, Quarters.label(change.quarter()),
                    Messages.get("progress.field." + change.field().name()),
                    text(change.field(), change.before()), text(change.field(), change.after())));
        }
        int columns = block.stream().mapToInt(List::size).max().orElse(0);
        return new PastePreview(block.size(), columns, cells, changes);
    }

    static String itemLabel(WorkItem item) {
        return item.number() == null ? item.name() : item.number() + "　" + item.name();
    }

    /** An empty cell says so; a status set against the rules says so too (a paste gives no reason). */
    private static String text(ProgressField field, Object value) {
        String text = CellValues.format(field, value);
        if (text.isEmpty()) {
            return Messages.get("paste.empty");
        }
        if (field == ProgressField.PERCENT && !text.isEmpty()) {
            return text + "%";
        }
        if (value instanceof StatusChoice choice && choice.overridden()) {
            return Messages.get("progress.paste.overrides", text);
        }
        return text;
    }
}
