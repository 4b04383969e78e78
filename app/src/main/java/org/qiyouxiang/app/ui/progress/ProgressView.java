package org.qiyouxiang.app.ui.progress;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.CellValues;
import org.qiyouxiang.app.core.progress.ItemFilter;
import org.qiyouxiang.app.core.progress.StatusPalette;
import org.qiyouxiang.app.ui.Icons;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Status;

/**
 * The 进展填报 tab: the year and quarter, the search and the filters with the count always in sight, undo
 * and redo, the change log and 复制到下一年 above the table; a banner when editing had to stop.
 */
public final class ProgressView extends BorderPane {

    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private final ProgressViewModel viewModel;
    private final TextField search = new TextField();

    /** @param openChangeLog shows the change log of the whole programme */
    public ProgressView(ProgressViewModel viewModel, Runnable openChangeLog) {
        this.viewModel = viewModel;
        setId("progressView");
        getStyleClass().add("progress-view");
        ProgressTable table = new ProgressTable(viewModel);
        setTop(new VBox(firstRow(openChangeLog), filterRow(), readOnlyBanner()));
        setCenter(table);
        setBottom(countsRow());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        // Undo after the focused control: a text being typed undoes its own typing first.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                viewModel.editor().undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                viewModel.editor().redo();
                e.consume();
            }
        });
    }

    private Node firstRow(Runnable openChangeLog) {
        ComboBox<Integer> year = new ComboBox<>(viewModel.years());
        year.setId("progressYear");
        year.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? "" : Messages.get("tree.year", y);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        year.valueProperty().bindBidirectional(viewModel.yearProperty());
        year.setPrefWidth(112);
        HBox quarters = quarterButtons();
        search.setId("progressSearch");
        search.setPromptText(Messages.get("progress.search.prompt"));
        search.setPrefColumnCount(12);
        search.textProperty().bindBidirectional(viewModel.filters().searchProperty());
        search.setTooltip(new Tooltip(Messages.get("progress.search.tip")));
        Label count = new Label();
        count.setId("progressCount");
        count.getStyleClass().add("progress-count");
        count.textProperty().bind(viewModel.countTextProperty());
        Button undo = button("progressUndo", "progress.undo", Icons.of(Material2OutlinedMZ.UNDO),
                viewModel.editor()::undo);
        undo.disableProperty().bind(viewModel.history().canUndoProperty().not());
        undo.setTooltip(tooltip(viewModel.history().undoTextProperty()));
        Button redo = button("progressRedo", "progress.redo", Icons.of(Material2OutlinedMZ.REDO),
                viewModel.editor()::redo);
        redo.disableProperty().bind(viewModel.history().canRedoProperty().not());
        redo.setTooltip(tooltip(viewModel.history().redoTextProperty()));
        Button log = button("progressChangeLog", "progress.changeLog", Icons.of(Material2OutlinedMZ.RESTORE),
                openChangeLog);
        Button copy = button("progressCopyYear", "progress.copyYear", Icons.of(Material2OutlinedAL.CONTENT_COPY),
                viewModel.editor()::copyToNextYear);
        copy.disableProperty().bind(viewModel.yearProperty().isNull().or(viewModel.editor().readOnlyProperty()));
        search.setMinWidth(180);
        FlowPane row = wrapping(group(label("progress.year"), year, quarters), group(search, count),
                group(undo, redo, log, copy));
        row.getStyleClass().addAll("progress-toolbar", "first");
        return row;
    }

    /**
     * A toolbar row whose groups go on to a second line when the window is too narrow for one (900 pixels, the
     * window's smallest), instead of running past its edge.
     */
    private static FlowPane wrapping(Node... groups) {
        FlowPane row = new FlowPane(12, 6, groups);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Controls kept together on one line, each at its full width. */
    private static HBox group(Node... nodes) {
        HBox group = new HBox(8, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        group.getChildren().forEach(n -> {
            if (n instanceof Region r && r.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return group;
    }

    private HBox quarterButtons() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("quarter-buttons");
        for (int q = 1; q <= 4; q++) {
            ToggleButton button = new ToggleButton(Quarters.label(q));
            button.setId("progressQuarter" + q);
            button.setUserData(q);
            button.setToggleGroup(group);
            button.getStyleClass().add(q == 1 ? "left-pill" : q == 4 ? "right-pill" : "center-pill");
            box.getChildren().add(button);
        }
        Runnable show = () -> group.getToggles().forEach(t -> t.setSelected(
                (int) t.getUserData() == viewModel.quarterProperty().get()));
        viewModel.quarterProperty().addListener((obs, old, q) -> show.run());
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                show.run();
            } else {
                viewModel.quarterProperty().set((int) toggle.getUserData());
            }
        });
        show.run();
        return box;
    }

    private Node filterRow() {
        ProgressFilters filters = viewModel.filters();
        ComboBox<String> area = choice("filterArea", filters.areas(), filters.areaProperty(), s -> s, "progress.filter.allAreas");
        ComboBox<ItemKind> kind = choice("filterKind", javafx.collections.FXCollections.observableArrayList(ItemKind.values()),
                filters.kindProperty(), ItemKinds::label, "progress.filter.allKinds");
        ComboBox<String> unit = choice("filterUnit", filters.units(), filters.leadUnitProperty(), s -> s, "progress.filter.allUnits");
        ComboBox<String> person = choice("filterPerson", filters.persons(), filters.personProperty(), s -> s,
                "progress.filter.allPersons");
        ComboBox<Status> status = choice("filterStatus", javafx.collections.FXCollections.observableArrayList(Status.values()),
                filters.statusProperty(), CellValues::label, "progress.filter.allStatuses");
        CheckBox lagging = check("filterLagging", "progress.filter.lagging", filters.onlyLaggingProperty());
        CheckBox notReported = check("filterNotReported", "progress.filter.notReported", filters.notReportedProperty());
        Button clear = button("filterClear", "progress.filter.clear", null, filters::clear);
        clear.getStyleClass().add("flat");
        FlowPane row = wrapping(group(label("progress.filter"), area, kind, unit, person, status),
                group(lagging, notReported, clear));
        row.getStyleClass().addAll("progress-toolbar", "filters");
        return row;
    }

    /** Under the table: how many of the rows shown have each status, in the status colours (a legend too). */
    private Node countsRow() {
        HBox row = new HBox();
        row.setId("progressCounts");
        row.getStyleClass().add("progress-footer");
        Runnable fill = () -> {
            ItemFilter.Counts c = viewModel.countsProperty().get();
            row.getChildren().clear();
            if (c == null) {
                return;
            }
            for (Status s : Status.values()) {
                row.getChildren().add(chip(CellValues.label(s), c.of(s), StatusPalette.tone(s, false)));
            }
            row.getChildren().add(explained(chip(Messages.get("status.notReported"), c.notReported(),
                    StatusPalette.Tone.UNDECIDED), "progress.count.tip.notReported"));
            row.getChildren().add(explained(chip(Messages.get("status.undecided"), c.undecided(),
                    StatusPalette.Tone.UNDECIDED), "progress.count.tip.undecided"));
            // Those add up to the rows shown, as 总览 counts them; the reminders after them are counted across.
            Label flags = new Label(Messages.get("progress.flags"));
            flags.getStyleClass().add("progress-flags");
            flags.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().addAll(new Separator(Orientation.VERTICAL), flags);
            row.getChildren().add(explained(chip(Messages.get("status.missingText"), c.missingText(),
                    StatusPalette.Tone.UNDECIDED), "progress.count.tip.missingText"));
            row.getChildren().add(explained(chip(Messages.get("progress.atRisk"), c.atRisk(),
                    StatusPalette.Tone.AT_RISK), "progress.count.tip.atRisk"));
        };
        viewModel.countsProperty().addListener(o -> fill.run());
        fill.run();
        return row;
    }

    /** What a count counts, for the ones that are not a status of their own. */
    private static Label explained(Label chip, String tipKey) {
        Tooltip tip = new Tooltip(Messages.get(tipKey));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        chip.setTooltip(tip);
        return chip;
    }

    private static Label chip(String text, int count, StatusPalette.Tone tone) {
        Label chip = new Label(Messages.get("progress.countChip", text, count));
        chip.getStyleClass().addAll("status-chip", tone.styleClass());
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    private Node readOnlyBanner() {
        Label banner = new Label(Messages.get("progress.readOnly"), Icons.of(Material2OutlinedAL.ERROR_OUTLINE));
        banner.setId("progressReadOnly");
        banner.getStyleClass().add("read-only-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(viewModel.editor().readOnlyProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** A filter's list: all first (the prompt shows when nothing is chosen), then the year's choices. */
    private static <T> ComboBox<T> choice(String id, ObservableList<T> options, ObjectProperty<T> chosen,
                                          Function<T, String> label, String allKey) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getStyleClass().add("filter-choice");
        box.setPromptText(Messages.get(allKey));
        Consumer<Object> fill = o -> {
            T value = chosen.get();
            box.getItems().setAll(options);
            box.getItems().add(0, null);
            box.setValue(value);
        };
        options.addListener((ListChangeListener<T>) c -> fill.accept(null));
        fill.accept(null);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get(allKey) : label.apply(item));
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? Messages.get(allKey) : label.apply(item));
            }
        });
        box.valueProperty().addListener((obs, old, value) -> chosen.set(value));
        chosen.addListener((obs, old, value) -> box.setValue(value));
        return box;
    }

    private static CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(Messages.get(key));
        box.setId(id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static Button button(String id, String key, Node icon, Runnable action) {
        Button button = new Button(Messages.get(key), icon);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("toolbar-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Tooltip tooltip(javafx.beans.value.ObservableStringValue text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        return tip;
    }
}
