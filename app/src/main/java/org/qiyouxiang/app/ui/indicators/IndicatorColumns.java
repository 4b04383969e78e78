package org.qiyouxiang.app.ui.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TreeTableColumn;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.service.IndicatorRow;

/**
 * The columns of the indicator table, laid out as the five-year table: area and 序号, name, unit,
 * direction, lead unit, baseline, a target per programme year, then the year shown's latest actual and
 * its judgement. Widths fit a 1280-pixel window; Chinese text is never cut in the headers.
 */
final class IndicatorColumns {

    static final String YEAR_SHOWN = "year-shown";

    private final IndicatorsViewModel viewModel;
    private final List<TreeTableColumn<TableLine, String>> yearColumns = new ArrayList<>();
    private final TreeTableColumn<TableLine, IndicatorRow> actualColumn = new TreeTableColumn<>();

    IndicatorColumns(IndicatorsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The tree column first; {@code openActual} is called on a double-click on an actual. */
    List<TreeTableColumn<TableLine, ?>> create(List<Integer> years, Consumer<IndicatorRow> openActual) {
        List<TreeTableColumn<TableLine, ?>> columns = new ArrayList<>();
        yearColumns.clear();
        TreeTableColumn<TableLine, TableLine> area = column("indicatorTable.column.area", "area", 128);
        area.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        area.setCellFactory(c -> new IndicatorCells.AreaCell());
        columns.add(area);
        columns.add(text("indicatorTable.column.name", "name", 240, IndicatorRow::name, viewModel::editName,
                IndicatorCells.NameCell::new));
        columns.add(text("indicatorTable.column.unit", "unit", 62, IndicatorRow::unit, viewModel::editUnit,
                IndicatorCells.TextCell::new));
        columns.add(direction());
        columns.add(text("indicatorTable.column.leadUnit", "leadUnit", 92, IndicatorRow::leadUnit,
                viewModel::editLeadUnit, IndicatorCells.TextCell::new));
        TreeTableColumn<TableLine, String> baseline = column("indicatorTable.column.baseline", "baseline", 70);
        baseline.setCellValueFactory(c -> value(c.getValue().getValue(), IndicatorRow::baseline));
        baseline.getStyleClass().add("target-column");
        columns.add(baseline);
        for (int year : years) {
            columns.add(target(year));
        }
        actualColumn.setId("actual");
        actualColumn.setPrefWidth(124);
        actualColumn.setSortable(false);
        actualColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().row()));
        actualColumn.setCellFactory(c -> new IndicatorCells.ActualCell(openActual));
        columns.add(actualColumn);
        TreeTableColumn<TableLine, IndicatorRow> verdict = column("indicatorTable.column.verdict", "verdict", 76);
        verdict.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().row()));
        verdict.setCellFactory(c -> new IndicatorCells.VerdictCell());
        columns.add(verdict);
        showYear(viewModel.yearProperty().get());
        return columns;
    }

    /** Names the actual column after the year shown and sets that year's target column apart. */
    void showYear(Integer year) {
        actualColumn.setText(year == null ? "" : Messages.get("indicatorTable.column.actual", year));
        for (TreeTableColumn<TableLine, String> column : yearColumns) {
            column.getStyleClass().remove(YEAR_SHOWN);
            if (year != null && column.getUserData().equals(year)) {
                column.getStyleClass().add(YEAR_SHOWN);
            }
        }
    }

    private TreeTableColumn<TableLine, String> target(int year) {
        TreeTableColumn<TableLine, String> column = column("indicatorTable.column.year", "target-" + year, 72);
        column.setText(Messages.get("indicatorTable.column.year", year));
        column.setUserData(year);
        column.getStyleClass().add("target-column");
        column.setCellValueFactory(c -> value(c.getValue().getValue(), r -> r.targetText(year)));
        column.setCellFactory(c -> new IndicatorCells.TargetCell(year));
        column.setOnEditCommit(e -> viewModel.editTarget(e.getRowValue().getValue().row(), year, e.getNewValue()));
        column.setEditable(true);
        yearColumns.add(column);
        return column;
    }

    private TreeTableColumn<TableLine, Direction> direction() {
        TreeTableColumn<TableLine, Direction> column = column("indicatorTable.column.direction", "direction", 102);
        column.setCellValueFactory(c -> {
            IndicatorRow row = c.getValue().getValue().row();
            return new ReadOnlyObjectWrapper<>(row == null ? null : row.direction());
        });
        column.setCellFactory(c -> new IndicatorCells.DirectionCell());
        column.setOnEditCommit(e -> viewModel.editDirection(e.getRowValue().getValue().row(), e.getNewValue()));
        column.setEditable(true);
        return column;
    }

    private static TreeTableColumn<TableLine, String> text(String key, String id, double width,
            Function<IndicatorRow, String> getter, BiConsumer<IndicatorRow, String> edit,
            Supplier<IndicatorCells.TextCell> cells) {
        TreeTableColumn<TableLine, String> column = column(key, id, width);
        column.setCellValueFactory(c -> value(c.getValue().getValue(), getter));
        column.setCellFactory(c -> cells.get());
        column.setOnEditCommit(e -> edit.accept(e.getRowValue().getValue().row(), e.getNewValue()));
        column.setEditable(true);
        return column;
    }

    private static <T> TreeTableColumn<TableLine, T> column(String key, String id, double width) {
        TreeTableColumn<TableLine, T> column = new TreeTableColumn<>(Messages.get(key));
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private static ReadOnlyObjectWrapper<String> value(TableLine line, Function<IndicatorRow, String> getter) {
        return new ReadOnlyObjectWrapper<>(line == null || line.isArea() ? null : getter.apply(line.row()));
    }
}
