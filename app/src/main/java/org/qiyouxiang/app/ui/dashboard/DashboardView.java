package org.qiyouxiang.app.ui.dashboard;

import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.ui.Viewports;

/**
 * The 总览 tab: the year and quarter with the title, a row of figures, then the counts by area as a stacked
 * bar chart beside the units' ranking, and the lagging items (which open in the work list) beside the
 * return tracker of the fill-in forms. Scrolls as a whole when the window is short.
 */
public final class DashboardView extends ScrollPane {

    private final DashboardViewModel viewModel;

    /** @param openItem opens a work item (by id) where the clerk can read and edit it */
    public DashboardView(DashboardViewModel viewModel, LongConsumer openItem) {
        this.viewModel = viewModel;
        setId("dashboardView");
        getStyleClass().add("dashboard-view");
        Viewports.drawDirectly(this);
        getStylesheets().add(DashboardView.class.getResource("dashboard.css").toExternalForm());
        // The panels share the window's height; a short window scrolls instead of squeezing them.
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Node panels = panels(openItem);
        VBox.setVgrow(panels, Priority.ALWAYS);
        VBox content = new VBox(header(), new FigureCards(viewModel), panels);
        content.getStyleClass().add("dashboard-content");
        // Until the first read is in, a spinner rather than zeros that would read as facts.
        ProgressIndicator reading = new ProgressIndicator();
        reading.setMaxSize(48, 48);
        content.visibleProperty().bind(viewModel.dashboardProperty().isNotNull());
        reading.visibleProperty().bind(content.visibleProperty().not());
        setContent(new StackPane(content, reading));
    }

    private Node header() {
        Label title = new Label();
        title.setId("dashboardTitle");
        title.getStyleClass().add("dashboard-title");
        title.textProperty().bind(viewModel.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label yearLabel = new Label(Messages.get("progress.year"));
        yearLabel.getStyleClass().add("toolbar-label");
        HBox header = new HBox(8, title, spacer, yearLabel, yearChoice(), quarterButtons());
        header.getStyleClass().add("dashboard-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private ComboBox<Integer> yearChoice() {
        ComboBox<Integer> year = new ComboBox<>(viewModel.years());
        year.setId("dashboardYear");
        year.setConverter(new StringConverter<>() {
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
        year.setMinWidth(Region.USE_PREF_SIZE);
        return year;
    }

    /** 一季度 … 四季度 as joined toggle buttons; one is always chosen. */
    private HBox quarterButtons() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("quarter-buttons");
        box.setMinWidth(Region.USE_PREF_SIZE);
        for (int q = 1; q <= 4; q++) {
            ToggleButton button = new ToggleButton(Quarters.label(q));
            button.setId("dashboardQuarter" + q);
            button.setUserData(q);
            button.setToggleGroup(group);
            button.getStyleClass().add(q == 1 ? "left-pill" : q == 4 ? "right-pill" : "center-pill");
            button.setMinWidth(Region.USE_PREF_SIZE);
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

    /** Two rows of two panels, each half the width. */
    private Node panels(LongConsumer openItem) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dashboard-panels");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
        }
        grid.getRowConstraints().addAll(row(340), row(250));
        grid.add(panel("dashboard.section.areas", null, new AreaStatusChart(viewModel.areas())), 0, 0);
        grid.add(panel("dashboard.section.ranking", rankingNote(), new UnitRankingTable(viewModel.ranking())), 1, 0);
        grid.add(panel("dashboard.section.lagging", Bindings.createStringBinding(() ->
                Messages.get("dashboard.lagging.count", viewModel.lagging().size()), viewModel.lagging()),
                new LaggingTable(viewModel.lagging(), openItem)), 0, 1);
        grid.add(panel("dashboard.section.returns", Bindings.createStringBinding(() ->
                DashboardTexts.returnsSummary(viewModel.returns()), viewModel.returns()),
                new ReturnsTable(viewModel.returns())), 1, 1);
        return grid;
    }

    private ObservableStringValue rankingNote() {
        return Bindings.createStringBinding(() -> {
            var shown = viewModel.dashboardProperty().get();
            boolean compared = shown != null && shown.ranking().stream().anyMatch(u -> u.previousRank() != null);
            return Messages.get(compared ? "dashboard.ranking.note" : "dashboard.ranking.noteNoPrevious");
        }, viewModel.dashboardProperty());
    }

    private static RowConstraints row(double least) {
        RowConstraints row = new RowConstraints(least, least, Double.MAX_VALUE);
        row.setVgrow(Priority.ALWAYS);
        return row;
    }

    /** A titled white panel; the note beside the title says what the content counts. */
    private static Node panel(String titleKey, ObservableStringValue note, Region content) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, title);
        top.setAlignment(Pos.BASELINE_LEFT);
        if (note != null) {
            Label noteLabel = new Label();
            noteLabel.getStyleClass().add("panel-note");
            noteLabel.textProperty().bind(note);
            // In a narrow window the note is cut short after the title; pointing at it shows all of it.
            noteLabel.setMinWidth(0);
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(note);
            noteLabel.setTooltip(whole);
            top.getChildren().add(noteLabel);
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        content.setMinHeight(0);
        VBox panel = new VBox(8, top, content);
        panel.getStyleClass().add("dashboard-panel");
        return panel;
    }
}
