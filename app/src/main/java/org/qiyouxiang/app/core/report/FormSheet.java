package org.qiyouxiang.app.core.report;

import java.util.List;
import org.qiyouxiang.db.model.ProgressField;

/**
 * A lead unit's fill-in form (填报表) for a quarter: its items with what the work list says (read-only) and
 * what is stored so far in the five fields the unit fills in, each row carrying its hidden key.
 */
public record FormSheet(int year, int quarter, String unit, String title, String instructions, List<Row> rows) {

    /** The fields a unit fills in, in the form's column order. */
    public static final List<ProgressField> FIELDS = List.of(ProgressField.DONE_TEXT, ProgressField.STATUS,
            ProgressField.PERCENT, ProgressField.PROBLEMS, ProgressField.NEXT_STEPS);

    public FormSheet {
        rows = List.copyOf(rows);
    }

    /**
     * @param values the fill-in fields' texts as the form shows them, in {@link #FIELDS} order ("" for empty)
     */
    public record Row(FormKey key, String number, String area, String kind, String name, String milestone,
                      String units, String persons, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        /** The row's text in a locked column, as the form is sent with it. */
        public String locked(LockedColumn column) {
            return switch (column) {
                case NAME -> name;
                case MILESTONE -> milestone;
                case UNITS -> units;
                case PERSONS -> persons;
            };
        }
    }
}
