package org.qiyouxiang.app.ui.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.cell.ComboBoxTreeTableCell;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.db.model.IndicatorActual;

/** The cells of the indicator table. Area lines show their heading only and are never edited. */
final class IndicatorCells {

    static final PseudoClass AREA = PseudoClass.getPseudoClass("area");
    static final PseudoClass FREE_TEXT = PseudoClass.getPseudoClass("free-text");
    static final PseudoClass NOT_REPORTED = PseudoClass.getPseudoClass("not-reported");
    /** The key-indicator table's target differs from the five-year table's: marked in the corner, told in the tip. */
    static final PseudoClass KEY_DIFFERS = PseudoClass.getPseudoClass("key-differs");

    private IndicatorCells() {
    }

    private static TableLine lineOf(TreeTableRow<TableLine> row) {
        return row == null ? null : row.getItem();
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    /** Marks area lines, which the stylesheet sets apart as the source document's area rows. */
    static final class LineRow extends TreeTableRow<TableLine> {
        @Override
        protected void updateItem(TableLine line, boolean empty) {
            super.updateItem(line, empty);
            pseudoClassStateChanged(AREA, !empty && line != null && line.isArea());
        }
    }

    /**
     * The tree column: an area's heading with its count, or an indicator's 序号. An indicator the five-year
     * table does not have carries the key-indicator table's own 序号, which would read as a duplicate of the
     * five-year numbering beside it: it says which table it comes from, in grey.
     */
    static final class AreaCell extends TreeTableCell<TableLine, TableLine> {
        @Override
        protected void updateItem(TableLine line, boolean empty) {
            super.updateItem(line, empty);
            boolean keyTableNumber = !empty && line != null && !line.isArea() && line.row().keyTableOnly()
                    && line.row().number() != null;
            getStyleClass().remove(KEY_TABLE_NUMBER);
            setTooltip(null);
            if (empty || line == null) {
                setText(null);
            } else if (keyTableNumber) {
                getStyleClass().add(KEY_TABLE_NUMBER);
                setText(Messages.get("indicators.keyTableNumber", line.row().number()));
                setTooltip(tooltip(Messages.get("indicators.keyTableNumber.tip", line.row().number())));
            } else {
                setText(line.isArea() ? line.areaLabel() : line.row().number());
            }
        }
    }

    static final String KEY_TABLE_NUMBER = "key-table-number";

    /** Text the clerk edits in place: typing, then Enter saves; Escape leaves it as it was. */
    static class TextCell extends TextFieldTreeTableCell<TableLine, String> {
        TextCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            TableLine line = lineOf(getTableRow());
            if (line != null && !line.isArea()) {
                super.startEdit();
            }
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            TableLine line = lineOf(getTableRow());
            if (!isEditing()) {
                decorate(empty || line == null || line.isArea() ? null : line.row());
            }
        }

        /** Adds what the text alone does not say; {@code row} is null on empty and area lines. */
        void decorate(IndicatorRow row) {
            setTooltip(null);
        }
    }

    /** The name, with the core mark in front; the tooltip gives the whole name. */
    static final class NameCell extends TextCell {
        NameCell() {
            setWrapText(true);
        }

        @Override
        void decorate(IndicatorRow row) {
            if (row == null) {
                setTooltip(null);
                return;
            }
            List<String> tip = new ArrayList<>(List.of(row.name()));
            if (row.core()) {
                setText(Messages.get("indicatorTable.coreMark") + " " + row.name());
                tip.add(Messages.get("indicatorTable.coreTip"));
            }
            if (row.linkedItems() > 0) {
                tip.add(Messages.get("indicatorTable.linked", row.linkedItems()));
            }
            setTooltip(tooltip(String.join("\n", tip)));
        }
    }

    /** A year's target as written; its meaning and source in the tooltip; free text set apart. */
    static final class TargetCell extends TextCell {
        private final int year;

        TargetCell(int year) {
            this.year = year;
        }

        @Override
        void decorate(IndicatorRow row) {
            setTooltip(row == null ? null : tooltip(TargetTips.tip(row, year)));
            pseudoClassStateChanged(FREE_TEXT, row != null && TargetTips.isFreeText(row.targetText(year)));
            pseudoClassStateChanged(KEY_DIFFERS, row != null && TargetTips.keyDiffers(row, year));
        }
    }

    /** Higher or lower is better, chosen from a list. */
    static final class DirectionCell extends ComboBoxTreeTableCell<TableLine, Direction> {
        DirectionCell() {
            super(new StringConverter<>() {
                @Override
                public String toString(Direction direction) {
                    return direction == null ? "" : Messages.get("direction." + direction.name());
                }

                @Override
                public Direction fromString(String text) {
                    return null;
                }
            }, Direction.values());
        }

        @Override
        public void startEdit() {
            TableLine line = lineOf(getTableRow());
            if (line != null && !line.isArea()) {
                super.startEdit();
            }
        }

        /** Gives the keys back to the table: the list the choice was made in has gone, and with it the focus. */
        @Override
        public void commitEdit(Direction direction) {
            super.commitEdit(direction);
            if (getTreeTableView() != null) {
                getTreeTableView().requestFocus();
            }
        }
    }

    /** The year's latest actual as reported; a double-click opens the dialog to report one. */
    static final class ActualCell extends TreeTableCell<TableLine, IndicatorRow> {
        ActualCell(Consumer<IndicatorRow> open) {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    open.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(IndicatorRow row, boolean empty) {
            super.updateItem(row, empty);
            IndicatorActual actual = empty || row == null ? null : row.latestActual();
            pseudoClassStateChanged(NOT_REPORTED, !empty && row != null && actual == null);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
            } else if (actual == null) {
                setText(Messages.get("indicatorTable.notReported"));
                setTooltip(null);
            } else {
                setText(actual.text());
                List<String> tip = new ArrayList<>(List.of(Messages.get("indicatorTable.actualTip",
                        Quarters.label(actual.quarter()))));
                if (actual.reportedOn() != null) {
                    tip.add(Messages.get("indicatorTable.actualTipDate", actual.reportedOn().toString()));
                }
                if (actual.note() != null) {
                    tip.add(Messages.get("indicatorTable.actualTipNote", actual.note()));
                }
                setTooltip(tooltip(String.join("\n", tip)));
            }
        }
    }

    /** The judgement of the latest actual as a chip; nothing while no actual is reported. */
    static final class VerdictCell extends TreeTableCell<TableLine, IndicatorRow> {
        @Override
        protected void updateItem(IndicatorRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(empty || row == null || row.latestActual() == null ? null : VerdictChip.of(row.judgement()));
        }
    }
}
