package org.qiyouxiang.app.core.progress;

import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.model.ProgressField;

/**
 * Turns a block of cells pasted into the progress table (as Excel and WPS copy them: tab-separated,
 * quoted when a cell holds a line break) into one change set, or into the problems that stop it.
 * Nothing is pasted when any cell is wrong: the clerk fixes the block and pastes again.
 */
public final class PasteBlock {

    /** The changes to save as one step, or the problems (in Chinese) when there are any. */
    public record Result(ChangeSet changes, List<String> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private PasteBlock() {
    }

    /**
     * @param rows     the table's rows as shown (filtered and sorted), the block lands from {@code firstRow}
     * @param columns  the editable columns the block covers, from its left edge
     * @param cells    the block, row by row
     */
    public static Result paste(List<QuarterRow> rows, int firstRow, List<ProgressField> columns, List<List<String>> cells) {
        List<Change> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            if (firstRow + r >= rows.size()) {
                problems.add(Messages.get("progress.paste.tooManyRows", cells.size(), rows.size() - firstRow));
                break;
            }
            QuarterRow row = rows.get(firstRow + r);
            List<String> line = cells.get(r);
            for (int c = 0; c < line.size(); c++) {
                if (c >= columns.size()) {
                    problems.add(Messages.get("progress.paste.tooManyColumns", line.size(), columns.size()));
                    return new Result(new ChangeSet(ChangeSet.Action.PASTE, List.of()), problems);
                }
                ProgressField field = columns.get(c);
                CellValues.Parsed parsed = CellValues.parse(field, line.get(c), row.proposal().status());
                if (parsed.ok()) {
                    changes.add(Change.of(row.progress(), field, parsed.value()));
                } else {
                    problems.add(Messages.get("progress.paste.cell", r + 1, Messages.get("progress.field." + field.name()),
                            parsed.problem()));
                }
            }
        }
        ChangeSet set = ChangeSet.paste(problems.isEmpty() ? changes : List.of()).withoutNoOps();
        return new Result(set, problems);
    }

    /** The clipboard text of a block copied from Excel or WPS: rows of tab-separated cells, quotes undone. */
    public static List<List<String>> parseClipboard(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String t = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        row.add(cell.toString());
        rows.add(row);
        return rows;
    }
}
