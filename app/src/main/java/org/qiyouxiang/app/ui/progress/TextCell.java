package org.qiyouxiang.app.ui.progress;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.QuarterRow;

/**
 * A text cell of the progress table: the text wrapped to the column (the row grows, up to a limit), a
 * search's matches highlighted, and for the columns the clerk fills in an editor: several lines for texts
 * (Alt+Enter or Ctrl+Enter breaks a line), one for the percentage. Enter and Tab save and move on, Esc
 * puts the text back. The cell's nodes are made once and reused as the table scrolls.
 */
final class TextCell extends TableCell<TableEntry, QuarterRow> {

    /** The tallest a row grows for its text; the editor shows the rest. */
    private static final double MAX_TEXT_HEIGHT = 180;

    private final ProgressTable table;
    private final ProgressViewModel viewModel;
    private final ProgressColumn column;
    private final TextFlow flow = new TextFlow();
    /** The marker behind a search's matches, drawn from the text's own shapes of those characters. */
    private final Path marks = new Path();
    private final Pane textPane = new Pane(marks, flow);
    private final Rectangle clip = new Rectangle();
    private List<int[]> ranges = List.of();
    private TextInputControl editor;
    private boolean leaving;
    /** The whole text, shown on a cell whose text is cut off; null until one is. */
    private Tooltip fullText;

    TextCell(ProgressTable table, ProgressViewModel viewModel, ProgressColumn column) {
        this.table = table;
        this.viewModel = viewModel;
        this.column = column;
        getStyleClass().addAll("progress-cell", "text-cell");
        flow.getStyleClass().add("cell-text");
        marks.getStyleClass().add("search-mark");
        // Both laid out by the cell at the column's width: a Pane would size the text to one long line.
        marks.setManaged(false);
        flow.setManaged(false);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    @Override
    protected void updateItem(QuarterRow row, boolean empty) {
        super.updateItem(row, empty);
        if (isEditing()) {
            return;
        }
        setText(null);
        pseudoClassStateChanged(StatusCell.FILLABLE, !empty && row != null && column.editable());
        if (empty) {
            setGraphic(null);
            return;
        }
        if (row == null) {
            showGroup();
            return;
        }
        show(column.text(row), viewModel.highlights(row, column));
        setGraphic(textPane);
    }

    /** The area's heading sits in the name column of its row. */
    private void showGroup() {
        if (column == ProgressColumn.NAME && table.line(getIndex()) instanceof TableEntry.AreaGroup group) {
            String label = group.shown() == group.total() ? Messages.get("progress.group", group.area(), group.total())
                    : Messages.get("progress.groupFiltered", group.area(), group.shown(), group.total());
            Text heading = new Text(label);
            heading.getStyleClass().add("group-text");
            flow.getChildren().setAll(heading);
            ranges = List.of();
            setGraphic(textPane);
        } else {
            setGraphic(null);
        }
    }

    private void show(String text, List<int[]> found) {
        ranges = found;
        if (ranges.isEmpty()) {
            if (flow.getChildren().size() == 1 && flow.getChildren().get(0) instanceof Text only
                    && !only.getStyleClass().contains("search-match") && !only.getStyleClass().contains("group-text")) {
                only.setText(text);
            } else {
                flow.getChildren().setAll(new Text(text));
            }
            return;
        }
        List<Node> parts = new ArrayList<>();
        int at = 0;
        for (int[] range : ranges) {
            if (range[0] < at) {
                continue;
            }
            if (range[0] > at) {
                parts.add(new Text(text.substring(at, range[0])));
            }
            Text match = new Text(text.substring(range[0], range[1]));
            match.getStyleClass().add("search-match");
            parts.add(match);
            at = range[1];
        }
        if (at < text.length()) {
            parts.add(new Text(text.substring(at)));
        }
        flow.getChildren().setAll(parts);
    }

    /**
     * The wrapped text's height at the column's width. The Labeled default would ask the text for its
     * height at no width at all, one character a line.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (isEditing() || getGraphic() != textPane) {
            return super.computePrefHeight(width);
        }
        Insets insets = getInsets();
        double textWidth = getTableColumn() == null ? 100 : getTableColumn().getWidth() - insets.getLeft() - insets.getRight();
        double text = Math.min(flow.prefHeight(Math.max(40, textWidth)), MAX_TEXT_HEIGHT);
        return text + insets.getTop() + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() == textPane) {
            Insets insets = getInsets();
            double w = getWidth() - insets.getLeft() - insets.getRight();
            double h = Math.max(0, getHeight() - insets.getTop() - insets.getBottom());
            textPane.resizeRelocate(insets.getLeft(), insets.getTop(), w, h);
            flow.resizeRelocate(0, 0, w, h);
            flow.layout();
            clippedTip(flow.prefHeight(w) > h + 1);
            marks.getElements().clear();
            for (int[] range : ranges) {
                marks.getElements().addAll(flow.rangeShape(range[0], range[1]));
            }
        }
    }

    /**
     * A text taller than the row may grow is cut at the cell's bottom: pointing at it shows all of it, which
     * matters most in the columns the clerk cannot open (名称, 工作时序).
     */
    private void clippedTip(boolean clipped) {
        QuarterRow row = getItem();
        if (!clipped || row == null) {
            if (getTooltip() == fullText) {
                setTooltip(null);
            }
            return;
        }
        if (fullText == null) {
            fullText = new Tooltip();
            fullText.setWrapText(true);
            fullText.setMaxWidth(440);
            fullText.setShowDelay(javafx.util.Duration.millis(300));
        }
        fullText.setText(column.text(row));
        if (getTooltip() != fullText) {
            setTooltip(fullText);
        }
    }

    @Override
    public void startEdit() {
        if (!column.editable() || getItem() == null || viewModel.editor().readOnlyProperty().get()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = table.takeTyped();
        editor = column.multiLine() ? textArea() : new TextField();
        editor.getStyleClass().add("cell-editor");
        editor.setText(typed != null ? typed : column.text(getItem()));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::editorKey);
        editor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing() && !leaving) {
                commit(0, false);
            }
        });
        setGraphic(editor);
        // The editor's skin (and with it what handles keys) is made now, not at the next frame: the clerk's
        // next keystrokes must not be lost while the editor is still being styled.
        editor.applyCss();
        editor.requestFocus();
        if (typed != null) {
            editor.end();
        } else {
            editor.selectAll();
        }
    }

    private TextArea textArea() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(8, Math.max(3, (int) Math.ceil(flow.prefHeight(getWidth()) / 20))));
        Tooltip tip = new Tooltip(Messages.get("progress.editorHint"));
        area.setTooltip(tip);
        return area;
    }

    private void editorKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && (e.isAltDown() || e.isShortcutDown() || e.isControlDown())) {
            if (editor instanceof TextArea area) {
                area.replaceSelection("\n");
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            commit(e.isShiftDown() ? -1 : 1, false);
        } else if (e.getCode() == KeyCode.TAB) {
            e.consume();
            commit(e.isShiftDown() ? -1 : 1, true);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            leaving = true;
            cancelEdit();
            leaving = false;
            table.requestFocus();
        }
    }

    /** Saves the text and moves: {@code step} lines down (Enter), or columns right (Tab). */
    private void commit(int step, boolean sideways) {
        QuarterRow row = getItem();
        String text = editor.getText();
        int index = getIndex();
        leaving = true;
        try {
            commitEdit(row);
        } finally {
            leaving = false;
        }
        if (step != 0) {
            if (sideways) {
                table.tab(index, column, step > 0);
            } else {
                table.moveDown(index, column, step);
            }
        }
        viewModel.editor().edit(row, column.field(), text);
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        updateItem(getItem(), getItem() == null && isEmpty());
    }

    @Override
    public void commitEdit(QuarterRow row) {
        super.commitEdit(row);
        editor = null;
        updateItem(getItem(), isEmpty());
    }
}
