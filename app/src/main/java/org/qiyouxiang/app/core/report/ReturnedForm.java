package org.qiyouxiang.app.core.report;

import java.util.List;
import java.util.Map;
import org.qiyouxiang.db.model.ProgressField;

/**
 * A fill-in form as it came back: what the form says it is for (from its hidden part; null when that part
 * was lost), its rows with their keys and the fill-in texts, and the texts the form was generated with.
 *
 * @param generated  the fill-in texts each key's row was sent with, by key text; empty when unknown
 * @param sentLocked the locked columns' texts each key's row was sent with, by key text; empty for forms made
 *                   before the hidden part kept them
 */
public record ReturnedForm(String fileName, Integer year, Integer quarter, String unit, List<Row> rows,
                           Map<String, Map<ProgressField, String>> generated,
                           Map<String, Map<LockedColumn, String>> sentLocked) {

    public ReturnedForm {
        rows = List.copyOf(rows);
        generated = Map.copyOf(generated);
        sentLocked = Map.copyOf(sentLocked);
    }

    /**
     * A row of the returned sheet.
     *
     * @param rowNumber 1-based, as Excel numbers it
     * @param key       the key cell's text ("" when the unit added the row or cleared it)
     * @param name      the name cell's text, for messages
     * @param locked    the locked columns' texts as returned, for the columns the sheet still has
     */
    public record Row(int rowNumber, String key, String name, Map<ProgressField, String> values,
                      Map<LockedColumn, String> locked) {

        public Row {
            values = Map.copyOf(values);
            locked = Map.copyOf(locked);
        }

        public Row(int rowNumber, String key, String name, Map<ProgressField, String> values) {
            this(rowNumber, key, name, values, Map.of());
        }

        public boolean blank() {
            return key.isBlank() && values.values().stream().allMatch(String::isBlank);
        }
    }
}
