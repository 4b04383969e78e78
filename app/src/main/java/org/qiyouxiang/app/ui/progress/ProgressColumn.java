package org.qiyouxiang.app.ui.progress;

import java.util.Arrays;
import java.util.List;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.CellValues;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.core.search.SearchField;
import org.qiyouxiang.db.model.ProgressField;

/**
 * The columns of the progress table, left to right: what each shows of a row as text (for copying and
 * for highlighting a search), which progress field it edits (null: read-only), which search field it shows.
 */
public enum ProgressColumn {
    NUMBER(null, null),
    KIND(null, null),
    NAME(null, SearchField.NAME),
    MILESTONE(null, SearchField.MILESTONE),
    DONE_TEXT(ProgressField.DONE_TEXT, SearchField.DONE_TEXT),
    STATUS(ProgressField.STATUS, null),
    PERCENT(ProgressField.PERCENT, null),
    PROBLEMS(ProgressField.PROBLEMS, SearchField.PROBLEMS),
    NEXT_STEPS(ProgressField.NEXT_STEPS, SearchField.NEXT_STEPS),
    UNITS(null, SearchField.UNIT),
    PERSONS(null, SearchField.PERSON);

    /** How the names of several units or persons are joined in a cell. */
    public static final String SEPARATOR = "、";

    private final ProgressField field;
    private final SearchField searchField;

    ProgressColumn(ProgressField field, SearchField searchField) {
        this.field = field;
        this.searchField = searchField;
    }

    /** The progress field the column edits, or null for a read-only column. */
    public ProgressField field() {
        return field;
    }

    public SearchField searchField() {
        return searchField;
    }

    public boolean editable() {
        return field != null;
    }

    /** Whether the column holds free text that may run over several lines. */
    public boolean multiLine() {
        return this == NAME || this == MILESTONE || this == DONE_TEXT || this == PROBLEMS || this == NEXT_STEPS;
    }

    public String header() {
        return Messages.get("progress.column." + name());
    }

    /** The cell's text as the clerk reads and copies it; the status column gives the status shown (the clerk's or the rules'), empty when undecided. */
    public String text(QuarterRow row) {
        return switch (this) {
            case NUMBER -> row.item().number() == null ? "" : row.item().number();
            case KIND -> ItemKinds.label(row.item().kind());
            case NAME -> row.item().name();
            case MILESTONE -> row.milestone() == null ? "" : row.milestone();
            case UNITS -> String.join(SEPARATOR, row.units());
            case PERSONS -> String.join(SEPARATOR, row.persons());
            case STATUS -> row.status() == null ? "" : CellValues.label(row.status());
            default -> CellValues.format(field, row.progress().value(field));
        };
    }

    /** The columns the clerk can fill in, in table order: where a pasted block may land. */
    public static List<ProgressColumn> editableColumns() {
        return Arrays.stream(values()).filter(ProgressColumn::editable).toList();
    }

    /** The progress fields from {@code first} to the right, for a block pasted there. */
    public static List<ProgressField> fieldsFrom(ProgressColumn first) {
        return Arrays.stream(values()).filter(c -> c.ordinal() >= first.ordinal() && c.editable())
                .map(ProgressColumn::field).toList();
    }
}
