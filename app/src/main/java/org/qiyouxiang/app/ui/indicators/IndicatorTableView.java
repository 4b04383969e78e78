package org.qiyouxiang.app.ui.indicators;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.ui.Icons;

/**
 * The 指标 tab: the programme's indicators grouped by area as in the source document, edited in place,
 * with a year selector, the commands 填报完成值… / 五年趋势 / 撤销 and a status line saying what was saved.
 */
public final class IndicatorTableView extends BorderPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final IndicatorsViewModel viewModel;
    private final TreeTableView<TableLine> table = new TreeTableView<>();
    private final Map<Long, TreeItem<TableLine>> items = new HashMap<>();
    private final IndicatorColumns columns;
    private List<Integer> columnYears = List.of();
    private final EventHandler<KeyEvent> undoKey = this::undoOnKey;

    public IndicatorTableView(IndicatorsViewModel viewModel) {
        this.viewModel = viewModel;
        this.columns = new IndicatorColumns(viewModel);
        setId("indicatorsView");
        getStyleClass().add("indicators-view");
        setTop(toolBar());
        setCenter(table);
        table.setId("indicatorTable");
        table.getStyleClass().add("indicator-table");
        table.setShowRoot(false);
        table.setEditable(true);
        table.setRowFactory(t -> new IndicatorCells.LineRow());
        Label empty = new Label(Messages.get("indicatorTable.empty"));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> viewModel.selectedProperty()
                .set(item == null || item.getValue().isArea() ? null : item.getValue().row()));
        viewModel.rows().addListener(this::rowsChanged);
        viewModel.yearProperty().addListener((obs, old, year) -> columns.showYear(year));
        viewModel.refusalsProperty().addListener((obs, old, count) -> table.refresh());
        // On the scene, not this pane: after a list cell's edit no node may hold the focus, and the key then
        // goes to the scene alone. A field being edited takes Ctrl+Z first for its own typing.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, undoKey);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, undoKey);
            }
        });
        rebuild();
    }

    public IndicatorsViewModel viewModel() {
        return viewModel;
    }

    private ToolBar toolBar() {
        Label yearLabel = new Label(Messages.get("indicatorTable.year"));
        ComboBox<Integer> year = new ComboBox<>(viewModel.years());
        year.setId("indicatorYear");
        year.setPrefWidth(112);
        year.setButtonCell(new YearCell());
        year.setCellFactory(list -> new YearCell());
        year.valueProperty().bindBidirectional(viewModel.yearProperty());
        Button actual = new Button(Messages.get("indicatorTable.recordActual"), Icons.of(Material2OutlinedAL.EDIT));
        actual.setId("recordActual");
        actual.setOnAction(e -> openActual(viewModel.selectedProperty().get()));
        actual.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button trend = new Button(Messages.get("indicatorTable.trend"), Icons.of(Material2OutlinedMZ.SHOW_CHART));
        trend.setId("showTrend");
        trend.setOnAction(e -> openTrend(viewModel.selectedProperty().get()));
        trend.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button undo = new Button(Messages.get("indicatorTable.undo"), Icons.of(Material2OutlinedMZ.UNDO));
        undo.setId("undoEdit");
        undo.setOnAction(e -> viewModel.undo());
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(viewModel.undoDescriptionProperty()
                .map(d -> Messages.get("indicatorTable.undoTip", d)));
        undo.setTooltip(undoTip);
        Button redo = new Button(Messages.get("indicatorTable.redo"), Icons.of(Material2OutlinedMZ.REDO));
        redo.setId("redoEdit");
        redo.setOnAction(e -> viewModel.redo());
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(viewModel.redoDescriptionProperty()
                .map(d -> Messages.get("indicatorTable.redoTip", d)));
        redo.setTooltip(redoTip);
        Label status = new Label();
        status.setId("indicatorStatus");
        status.getStyleClass().add("indicator-status");
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.problemProperty().addListener((obs, old, bad) -> status.pseudoClassStateChanged(PROBLEM, bad));
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        Region gap = new Region();
        gap.setMinWidth(16);
        return new ToolBar(yearLabel, year, actual, trend, undo, redo, gap, status);
    }

    private void rowsChanged(ListChangeListener.Change<? extends IndicatorRow> change) {
        boolean rebuild = false;
        while (change.next()) {
            if (change.wasReplaced() && change.getAddedSize() == 1 && change.getRemovedSize() == 1
                    && items.containsKey(change.getAddedSubList().get(0).id())) {
                IndicatorRow row = change.getAddedSubList().get(0);
                items.get(row.id()).setValue(TableLine.of(row));
            } else {
                rebuild = true;
            }
        }
        if (rebuild) {
            rebuild();
        }
    }

    /** Builds the area rows and their indicators again, keeping areas the clerk closed closed. */
    private void rebuild() {
        List<Integer> years = viewModel.years();
        if (!years.equals(columnYears)) {
            columnYears = List.copyOf(years);
            table.getColumns().setAll(columns.create(columnYears, this::openActual));
            table.setTreeColumn(table.getColumns().get(0));
        }
        Set<String> closed = new HashSet<>();
        if (table.getRoot() != null) {
            table.getRoot().getChildren().stream().filter(i -> !i.isExpanded())
                    .forEach(i -> closed.add(i.getValue().area()));
        }
        IndicatorRow selected = viewModel.selectedProperty().get();
        items.clear();
        TreeItem<TableLine> root = new TreeItem<>();
        TableLine.byArea(viewModel.rows()).forEach((area, members) -> {
            TreeItem<TableLine> areaItem = new TreeItem<>(area);
            areaItem.setExpanded(!closed.contains(area.area()));
            for (TableLine line : members) {
                TreeItem<TableLine> item = new TreeItem<>(line);
                items.put(line.row().id(), item);
                areaItem.getChildren().add(item);
            }
            root.getChildren().add(areaItem);
        });
        table.setRoot(root);
        if (selected != null && items.containsKey(selected.id())) {
            table.getSelectionModel().select(items.get(selected.id()));
        }
    }

    private void openActual(IndicatorRow row) {
        viewModel.prepareActual(row, form -> {
            if (new ActualDialog(window(), form).saved()) {
                viewModel.recordActual(form);
            }
        });
    }

    private void openTrend(IndicatorRow row) {
        viewModel.loadTrend(row, series -> new TrendDialog(window(), series).showAndWait());
    }

    private void undoOnKey(KeyEvent e) {
        if (UNDO.match(e) && showing()) {
            viewModel.undo();
            e.consume();
        } else if (REDO.match(e) && showing()) {
            viewModel.redo();
            e.consume();
        }
    }

    /** Whether the tab is the one shown: a tab pane hides the content of the others. */
    private boolean showing() {
        for (Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** 2024年 in the year selector. */
    private static final class YearCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer year, boolean empty) {
            super.updateItem(year, empty);
            setText(empty || year == null ? null : Messages.get("indicatorTable.yearItem", year));
        }
    }
}
