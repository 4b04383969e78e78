package org.qiyouxiang.app.ui.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.db.model.ProgressField;

/**
 * The progress table's keys, as in Excel and WPS: typing starts editing the cell (Chinese typed through an
 * input method too), F2 (or the table's own double click) edits it as it is, Enter and Tab move on (Shift back), Delete
 * empties, Ctrl+C copies the selected cells as tab-separated text, Ctrl+V pastes a block (after a preview).
 */
final class TableKeys {

    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private final ProgressTable table;
    private final ProgressViewModel viewModel;

    TableKeys(ProgressTable table, ProgressViewModel viewModel) {
        this.table = table;
        this.viewModel = viewModel;
    }

    void install() {
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        // An input method (拼音) composes Chinese before the table edits anything: what it commits starts the edit.
        table.setInputMethodRequests(new NoComposition());
        table.addEventHandler(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, e -> {
            if (table.getEditingCell() == null && !e.getCommitted().isEmpty()) {
                edit(e.getCommitted());
            }
        });
    }

    private void pressed(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        TablePosition<TableEntry, ?> at = table.getFocusModel().getFocusedCell();
        ProgressColumn column = at == null ? null : table.columnAt(at);
        if (COPY.match(e)) {
            copy();
            e.consume();
        } else if (PASTE.match(e)) {
            paste();
            e.consume();
        } else if (column == null || at.getRow() < 0) {
            return;
        } else if (e.getCode() == KeyCode.ENTER) {
            table.moveDown(at.getRow(), column, e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.TAB) {
            table.tab(at.getRow(), column, !e.isShiftDown());
            e.consume();
        } else if (e.getCode() == KeyCode.F2) {
            edit(null);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            clear();
            e.consume();
        }
    }

    private void typed(KeyEvent e) {
        String ch = e.getCharacter();
        if (table.getEditingCell() != null || ch.isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        edit(ch);
        e.consume();
    }

    private void edit(String typed) {
        TablePosition<TableEntry, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || !table.isEditable()) {
            return;
        }
        ProgressColumn column = table.columnAt(at);
        if (column != null && column.editable() && table.line(at.getRow()) instanceof ProgressLine) {
            table.editTyping(at.getRow(), column, typed);
        }
    }

    /** The selected cells as a rectangle of text, area headings left out; cells not selected are empty. */
    private void copy() {
        TreeMap<Integer, QuarterRow> rows = new TreeMap<>();
        TreeSet<Integer> columns = new TreeSet<>();
        List<int[]> selected = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (table.line(p.getRow()) instanceof ProgressLine line && table.columnAt(p) != null) {
                rows.put(p.getRow(), line.row());
                columns.add(table.columnAt(p).ordinal());
                selected.add(new int[] {p.getRow(), table.columnAt(p).ordinal()});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        List<List<String>> block = new ArrayList<>();
        rows.forEach((index, row) -> {
            List<String> cells = new ArrayList<>();
            for (int c : columns) {
                boolean isSelected = selected.stream().anyMatch(s -> s[0] == index && s[1] == c);
                cells.add(isSelected ? ProgressColumn.values()[c].text(row) : "");
            }
            block.add(cells);
        });
        ClipboardContent content = new ClipboardContent();
        content.putString(CellCopy.tsv(block));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Pastes with the block's top left at the selection's top left (the focused cell when nothing is selected). */
    private void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        TablePosition<?, ?> first = null;
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (first == null || p.getRow() < first.getRow()
                    || p.getRow() == first.getRow() && p.getColumn() < first.getColumn()) {
                first = p;
            }
        }
        if (first == null) {
            first = table.getFocusModel().getFocusedCell();
        }
        if (first == null || !(table.line(first.getRow()) instanceof ProgressLine line) || table.columnAt(first) == null) {
            return;
        }
        viewModel.editor().paste(line.index(), table.columnAt(first), text);
    }

    /** Delete empties the selected cells the clerk fills in; the others are left as they are. */
    private void clear() {
        List<QuarterRow> rows = new ArrayList<>();
        List<ProgressField> fields = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            ProgressColumn column = table.columnAt(p);
            if (table.line(p.getRow()) instanceof ProgressLine line && column != null && column.editable()) {
                rows.add(line.row());
                fields.add(column.field());
            }
        }
        if (!rows.isEmpty()) {
            viewModel.editor().clear(rows, fields);
        }
    }

    /** The table shows no text being composed: the input method shows it in its own window, under the cell. */
    private final class NoComposition implements InputMethodRequests {
        @Override
        public Point2D getTextLocation(int offset) {
            TablePosition<TableEntry, ?> at = table.getFocusModel().getFocusedCell();
            for (Node node : table.lookupAll(".table-cell")) {
                if (at != null && node instanceof TableCell<?, ?> cell && cell.getIndex() == at.getRow()
                        && cell.getTableColumn() == at.getTableColumn()) {
                    Bounds bounds = cell.localToScreen(cell.getBoundsInLocal());
                    return new Point2D(bounds.getMinX(), bounds.getMaxY());
                }
            }
            Bounds bounds = table.localToScreen(table.getBoundsInLocal());
            return bounds == null ? new Point2D(0, 0) : new Point2D(bounds.getMinX(), bounds.getMinY());
        }

        @Override
        public int getLocationOffset(int x, int y) {
            return 0;
        }

        @Override
        public void cancelLatestCommittedText() {
        }

        @Override
        public String getSelectedText() {
            return "";
        }
    }
}
