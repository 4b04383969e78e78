package org.qiyouxiang.app.ui.progress;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.QuarterRow;

/**
 * The progress table: one line per item of the quarter in the work list's order under its area's
 * heading. Cells are virtualised and reused (10,000 items scroll as 100); text cells wrap and grow the
 * row, a search's matches are highlighted in them. Editing is a spreadsheet's ({@link TableKeys}).
 */
final class ProgressTable extends TableView<TableEntry> {

    static final PseudoClass AREA_GROUP = PseudoClass.getPseudoClass("area-group");
    /** Room for the vertical scroll bar beside the columns. */
    private static final double VERTICAL_BAR = 16;

    private final ProgressViewModel viewModel;
    private TableColumn<TableEntry, QuarterRow> milestoneColumn;
    /** The character that started an edit by typing, for the editor to begin with. */
    private String typed;
    private boolean following;

    ProgressTable(ProgressViewModel viewModel) {
        super(viewModel.entries());
        this.viewModel = viewModel;
        setId("progressTable");
        getStyleClass().add("progress-table");
        setEditable(true);
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (ProgressColumn column : ProgressColumn.values()) {
            getColumns().add(column(column));
        }
        widthProperty().addListener((obs, old, width) -> fitOrScroll());
        setRowFactory(table -> new EntryRow());
        Label empty = new Label(Messages.get("progress.noMatch"));
        empty.getStyleClass().add("placeholder");
        setPlaceholder(empty);
        Tooltip hint = new Tooltip(Messages.get("progress.editHint"));
        hint.setShowDelay(Duration.seconds(1.5));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        setTooltip(hint);
        viewModel.quarterProperty().addListener((obs, old, q) -> milestoneHeader());
        milestoneHeader();
        viewModel.editor().readOnlyProperty().addListener((obs, old, readOnly) -> {
            if (readOnly) {
                edit(-1, null);
                setEditable(false);
            }
        });
        getFocusModel().focusedCellProperty().addListener((obs, old, cell) -> {
            if (!following && cell != null && line(cell.getRow()) instanceof ProgressLine line) {
                viewModel.select(line.itemId());
            }
        });
        viewModel.selectedItemProperty().addListener((obs, old, id) -> follow(id));
        viewModel.openedItemProperty().addListener((obs, old, id) -> focusDoneText(id));
        focusDoneText(viewModel.openedItemProperty().get());
        new TableKeys(this, viewModel).install();
    }

    private TableColumn<TableEntry, QuarterRow> column(ProgressColumn column) {
        TableColumn<TableEntry, QuarterRow> tableColumn = new TableColumn<>(column.header());
        tableColumn.setId("column" + column.name());
        tableColumn.setUserData(column);
        tableColumn.setSortable(false);
        tableColumn.setReorderable(false);
        tableColumn.setEditable(column.editable());
        tableColumn.getStyleClass().add("progress-column-" + column.name().toLowerCase(java.util.Locale.ROOT));
        tableColumn.setCellValueFactory(features -> features.getValue() instanceof ProgressLine line
                ? line.rowProperty() : new ReadOnlyObjectWrapper<>(null));
        tableColumn.setCellFactory(c -> column == ProgressColumn.STATUS ? new StatusCell(this, viewModel)
                : new TextCell(this, viewModel, column));
        // Cells save through the view model; nothing is written back into the row.
        tableColumn.setOnEditCommit(e -> { });
        double[] widths = widths(column);
        tableColumn.setMinWidth(widths[0]);
        tableColumn.setPrefWidth(widths[1]);
        if (column == ProgressColumn.MILESTONE) {
            milestoneColumn = tableColumn;
        }
        return tableColumn;
    }

    /**
     * The columns share the table's width; in a window too narrow for their least widths (900 pixels) the table
     * scrolls sideways instead, since a table that fits its columns never shows a horizontal scroll bar and the
     * last ones (牵头单位, 责任人) would be out of reach.
     */
    private void fitOrScroll() {
        double least = getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + VERTICAL_BAR;
        var policy = getWidth() < least ? UNCONSTRAINED_RESIZE_POLICY : CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS;
        if (getColumnResizePolicy() != policy) {
            setColumnResizePolicy(policy);
            // The width changes during the window's layout pass; the scroll bar is settled in the next one.
            javafx.application.Platform.runLater(this::requestLayout);
        }
    }

    /** Minimum and preferred width: the text columns share what is left of the window. */
    private static double[] widths(ProgressColumn column) {
        return switch (column) {
            case NUMBER -> new double[] {44, 48};
            case KIND -> new double[] {72, 76};
            case NAME -> new double[] {150, 200};
            case MILESTONE -> new double[] {150, 210};
            case DONE_TEXT -> new double[] {160, 240};
            case STATUS -> new double[] {104, 116};
            case PERCENT -> new double[] {92, 96};
            case PROBLEMS, NEXT_STEPS -> new double[] {110, 160};
            case UNITS -> new double[] {90, 110};
            case PERSONS -> new double[] {64, 72};
        };
    }

    private void milestoneHeader() {
        int q = viewModel.quarterProperty().get();
        milestoneColumn.setText(q == 0 ? ProgressColumn.MILESTONE.header()
                : Messages.get("progress.column.milestoneOf", Quarters.label(q)));
    }

    /** The entry at a row index, or null. */
    TableEntry line(int row) {
        return row >= 0 && row < getItems().size() ? getItems().get(row) : null;
    }

    ProgressColumn columnAt(TablePosition<?, ?> position) {
        return position.getTableColumn() == null ? null : (ProgressColumn) position.getTableColumn().getUserData();
    }

    @SuppressWarnings("unchecked")
    TableColumn<TableEntry, QuarterRow> tableColumn(ProgressColumn column) {
        return (TableColumn<TableEntry, QuarterRow>) getColumns().get(column.ordinal());
    }

    /** Starts editing a cell by typing: the editor begins with what was typed instead of the cell's text. */
    void editTyping(int row, ProgressColumn column, String text) {
        typed = text;
        edit(row, tableColumn(column));
        typed = null;
    }

    /** What was typed to start the edit under way, once; null when the edit started otherwise. */
    String takeTyped() {
        String text = typed;
        typed = null;
        return text;
    }

    /** Moves the cursor down or up from a cell to the next item line, over area headings (Enter, Shift+Enter). */
    void moveDown(int row, ProgressColumn column, int step) {
        int r = row + step;
        while (line(r) instanceof TableEntry.AreaGroup) {
            r += step;
        }
        focusCell(line(r) == null ? row : r, column);
    }

    /**
     * Tab: to the next column the clerk fills in, on from the last one to the next line's first (Shift+Tab
     * the other way), as a form is filled in line by line.
     */
    void tab(int row, ProgressColumn column, boolean forward) {
        List<ProgressColumn> editable = ProgressColumn.editableColumns();
        ProgressColumn next = null;
        for (ProgressColumn c : editable) {
            if (forward && c.ordinal() > column.ordinal()) {
                next = c;
                break;
            }
            if (!forward && c.ordinal() < column.ordinal()) {
                next = c;
            }
        }
        if (next != null) {
            focusCell(row, next);
        } else {
            moveDown(row, forward ? editable.get(0) : editable.get(editable.size() - 1), forward ? 1 : -1);
        }
    }

    void focusCell(int row, ProgressColumn column) {
        getSelectionModel().clearAndSelect(row, tableColumn(column));
        getFocusModel().focus(row, tableColumn(column));
        scrollToVisible(row);
        requestFocus();
    }

    private void scrollToVisible(int row) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null) {
            scrollTo(row);
            return;
        }
        if (flow.getFirstVisibleCell() == null || row <= flow.getFirstVisibleCell().getIndex()
                || row >= flow.getLastVisibleCell().getIndex()) {
            flow.scrollTo(row);
        }
    }

    /** The tree (or a search) selected an item: its line is selected and scrolled to. */
    private void follow(Long itemId) {
        if (itemId == null) {
            return;
        }
        TablePosition<TableEntry, ?> focused = getFocusModel().getFocusedCell();
        if (focused != null && line(focused.getRow()) instanceof ProgressLine l && l.itemId() == itemId) {
            return;
        }
        List<TableEntry> entries = getItems();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof ProgressLine l && l.itemId() == itemId) {
                following = true;
                try {
                    getSelectionModel().clearAndSelect(i, tableColumn(ProgressColumn.NAME));
                    getFocusModel().focus(i, tableColumn(ProgressColumn.NAME));
                    scrollTo(Math.max(0, i - 3));
                } finally {
                    following = false;
                }
                return;
            }
        }
    }

    /** An item opened from elsewhere: the cursor waits in its 完成情况 cell, ready for typing. */
    private void focusDoneText(Long itemId) {
        if (itemId == null) {
            return;
        }
        List<TableEntry> entries = getItems();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof ProgressLine l && l.itemId() == itemId) {
                viewModel.openedTaken();
                int row = i;
                scrollTo(Math.max(0, i - 3));
                // The tab may have just been selected: focus once it shows.
                javafx.application.Platform.runLater(() -> focusCell(row, ProgressColumn.DONE_TEXT));
                return;
            }
        }
    }

    /** Area headings look like headings. */
    private static final class EntryRow extends TableRow<TableEntry> {
        @Override
        protected void updateItem(TableEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            pseudoClassStateChanged(AREA_GROUP, !empty && entry instanceof TableEntry.AreaGroup);
        }
    }
}
