package org.qiyouxiang.app.ui.progress;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.CellValues;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.core.progress.StatusPalette;
import org.qiyouxiang.db.model.Status;

/**
 * The status cell: a coloured chip (the palette's colours, as in Excel and on paper). A status the rules
 * propose and nobody confirmed reads 建议：滞后, lighter and in italics; the reason is in the tooltip. A
 * quarter over with nothing reported carries a 未报送 chip. Editing opens a list of the statuses as chips,
 * with 按规则 first to give the decision back to the rules.
 */
final class StatusCell extends TableCell<TableEntry, QuarterRow> {

    /** A choice of the status list: a status, or null for the rules' proposal. */
    record Choice(Status status, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A cell the clerk fills in (on an item's line, not a heading). */
    static final PseudoClass FILLABLE = PseudoClass.getPseudoClass("fillable");

    private final ProgressTable table;
    private final ProgressViewModel viewModel;
    private final Label chip = new Label();
    /** A status without 完成情况 in a quarter that is over: the report will print the status beside an empty cell. */
    private final Label flag = new Label(Messages.get("status.missingText"));
    private final FlowPane chips = new FlowPane(4, 4, chip, flag);
    private final Tooltip tooltip = new Tooltip();
    private ComboBox<Choice> combo;
    /** The list's value is changing because an arrow key moved it: that is not a choice yet. */
    private boolean movingByKey;

    StatusCell(ProgressTable table, ProgressViewModel viewModel) {
        this.table = table;
        this.viewModel = viewModel;
        getStyleClass().addAll("progress-cell", "status-cell");
        chip.getStyleClass().add("status-chip");
        flag.getStyleClass().addAll("status-chip", "flag-chip", StatusPalette.Tone.UNDECIDED.styleClass());
        chips.setAlignment(Pos.TOP_LEFT);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(440);
    }

    @Override
    protected void updateItem(QuarterRow row, boolean empty) {
        super.updateItem(row, empty);
        if (isEditing()) {
            return;
        }
        setText(null);
        pseudoClassStateChanged(FILLABLE, !empty && row != null);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        chip.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-chip") || c.equals("proposed"));
        chip.getStyleClass().add(row.tone().styleClass());
        if (row.statusStored() || row.status() == null) {
            chip.setText(row.statusLabel() + (row.overridden() ? Messages.get("progress.overriddenMark") : ""));
        } else {
            chip.setText(Messages.get("progress.proposed", row.statusLabel()));
            chip.getStyleClass().add("proposed");
        }
        boolean missingText = row.missingText();
        flag.setVisible(missingText);
        flag.setManaged(missingText);
        tooltip.setText(tip(row));
        setTooltip(tooltip);
        setGraphic(chips);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (isEditing() || getGraphic() != chips) {
            return super.computePrefHeight(width);
        }
        double inner = (getTableColumn() == null ? 116 : getTableColumn().getWidth()) - snappedLeftInset()
                - snappedRightInset();
        return chips.prefHeight(Math.max(40, inner)) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() == chips) {
            chips.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                    getWidth() - snappedLeftInset() - snappedRightInset(),
                    getHeight() - snappedTopInset() - snappedBottomInset());
        }
    }

    /** Why the status is what it is, and what the clerk can do about it. */
    static String tip(QuarterRow row) {
        String proposal = row.proposal().status() == null ? Messages.get("status.undecided")
                : CellValues.label(row.proposal().status());
        String text;
        if (row.overridden()) {
            text = Messages.get("progress.tip.overridden", row.statusLabel(), proposal,
                    row.progress().status().reason() == null ? Messages.get("item.none") : row.progress().status().reason(),
                    row.proposal().reason());
        } else if (row.statusStored()) {
            text = Messages.get("progress.tip.confirmed", row.statusLabel(), row.proposal().reason());
        } else if (row.status() == null) {
            text = Messages.get("progress.tip.undecided", row.statusLabel(), row.proposal().reason());
        } else {
            text = Messages.get("progress.tip.proposed", row.statusLabel(), row.proposal().reason());
        }
        if (row.atRisk()) {
            text = Messages.get("progress.tip.atRisk") + "\n" + text;
        }
        return text;
    }

    @Override
    public void startEdit() {
        QuarterRow row = getItem();
        if (row == null || viewModel.editor().readOnlyProperty().get()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        table.takeTyped();
        combo = new ComboBox<>();
        combo.setId("statusChoice");
        combo.getStyleClass().add("status-choice");
        combo.getItems().setAll(choices(row));
        combo.setCellFactory(list -> new ChoiceCell());
        combo.setButtonCell(new ChoiceCell());
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setValue(combo.getItems().stream().filter(c -> row.statusStored() && c.status() == row.status())
                .findFirst().orElse(combo.getItems().get(0)));
        // The arrow keys only move through the list; Enter or a click chooses, Escape leaves the cell as it was.
        // (ComboBox fires its action on every change of value, the arrow keys' included.)
        combo.setOnAction(e -> {
            if (!movingByKey) {
                chosen(row, combo.getValue());
            }
            movingByKey = false;
        });
        combo.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyInList(row, e));
        combo.setOnHidden(e -> {
            if (isEditing()) {
                cancelEdit();
            }
        });
        setGraphic(combo);
        combo.applyCss();
        if (combo.getSkin() instanceof ComboBoxListViewSkin<?> skin) {
            skin.getPopupContent().addEventFilter(KeyEvent.KEY_PRESSED, e -> keyInList(row, e));
            skin.getPopupContent().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> movingByKey = false);
        }
        combo.requestFocus();
        combo.show();
    }

    private void keyInList(QuarterRow row, KeyEvent e) {
        switch (e.getCode()) {
            case UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, KP_UP, KP_DOWN -> movingByKey = true;
            case ENTER -> {
                e.consume();
                chosen(row, combo.getValue());
            }
            case ESCAPE -> {
                e.consume();
                cancelEdit();
            }
            default -> {
            }
        }
    }

    private static List<Choice> choices(QuarterRow row) {
        List<Choice> choices = new ArrayList<>();
        String proposal = row.proposal().status() == null ? Messages.get("status.undecided")
                : CellValues.label(row.proposal().status());
        choices.add(new Choice(null, Messages.get("progress.status.rules", proposal)));
        for (Status status : Status.values()) {
            choices.add(new Choice(status, CellValues.label(status)));
        }
        return choices;
    }

    private void chosen(QuarterRow row, Choice choice) {
        if (!isEditing() || choice == null) {
            return;
        }
        ComboBox<Choice> open = combo;
        commitEdit(row);
        open.hide();
        viewModel.editor().chooseStatus(row, choice.status());
    }

    @Override
    public void cancelEdit() {
        ComboBox<Choice> open = combo;
        super.cancelEdit();
        combo = null;
        updateItem(getItem(), isEmpty());
        if (open != null) {
            open.hide();
        }
        table.requestFocus();
    }

    /** The table keeps the focus on this cell, so Tab goes on to 完成进度 as from any other cell. */
    @Override
    public void commitEdit(QuarterRow row) {
        super.commitEdit(row);
        combo = null;
        updateItem(getItem(), isEmpty());
        table.requestFocus();
    }

    /** A status in the list looks like its chip. */
    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(null);
            if (empty || choice == null) {
                setGraphic(null);
                return;
            }
            Label label = new Label(choice.label());
            label.getStyleClass().add("status-chip");
            if (choice.status() != null) {
                label.getStyleClass().add(StatusPalette.tone(choice.status(), false).styleClass());
            } else {
                label.getStyleClass().add("rules-choice");
            }
            setGraphic(label);
        }
    }
}
