package org.qiyouxiang.app.ui.progress;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.qiyouxiang.app.core.progress.QuarterRow;

/**
 * An item's line in the progress table. The row it shows is replaced when a save comes back, so the
 * table's cells follow without the list changing (the selection and the scroll position stay).
 */
public final class ProgressLine implements TableEntry {

    private final ReadOnlyObjectWrapper<QuarterRow> row;
    /** The line's position among the item lines shown (group headings not counted): where a paste lands. */
    private final int index;

    ProgressLine(QuarterRow row, int index) {
        this.row = new ReadOnlyObjectWrapper<>(row);
        this.index = index;
    }

    public QuarterRow row() {
        return row.get();
    }

    public ReadOnlyObjectProperty<QuarterRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public long itemId() {
        return row.get().itemId();
    }

    public int index() {
        return index;
    }

    void show(QuarterRow updated) {
        row.set(updated);
    }
}
