package org.qiyouxiang.app.ui.report;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.Fxml;

/**
 * 填报回收情况 in a window of its own: the chosen quarter's forms per lead unit, those not returned
 * marked, and their names ready to copy into a reminder (催报). Esc closes it.
 */
final class TrackerWindow {

    @FXML private HBox topBox;
    @FXML private Label summaryLabel;
    @FXML private TableView<TrackerRows.Line> table;
    @FXML private TableColumn<TrackerRows.Line, String> unitColumn;
    @FXML private TableColumn<TrackerRows.Line, String> itemsColumn;
    @FXML private TableColumn<TrackerRows.Line, String> sentColumn;
    @FXML private TableColumn<TrackerRows.Line, String> returnedColumn;
    @FXML private TableColumn<TrackerRows.Line, String> importedColumn;
    @FXML private TableColumn<TrackerRows.Line, String> changesColumn;
    @FXML private TableColumn<TrackerRows.Line, String> stateColumn;
    @FXML private Label missingLabel;
    @FXML private Button copyButton;
    @FXML private Button closeButton;

    private final Stage stage = new Stage();
    private final TrackerViewModel model;

    TrackerWindow(Window owner, TrackerViewModel model, java.util.List<Integer> years) {
        this.model = model;
        Parent root = Fxml.load("TrackerWindow", this);
        root.setId("trackerWindow");
        stage.initOwner(owner);
        stage.setTitle(Messages.get("tracker.title"));
        Scene scene = new Scene(root, 1000, 620);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        topBox.getChildren().add(0, new QuarterPicker(model.choiceProperty(), years, "tracker"));
        summaryLabel.textProperty().bind(model.summaryProperty());
        missingLabel.textProperty().bind(model.missingProperty());
        table.setItems(model.lines());
        Label empty = new Label(Messages.get("tracker.empty"));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        bind(unitColumn, TrackerRows.Line::unit);
        bind(itemsColumn, TrackerRows.Line::items);
        bind(sentColumn, TrackerRows.Line::sent);
        bind(returnedColumn, TrackerRows.Line::returned);
        bind(importedColumn, TrackerRows.Line::imported);
        bind(changesColumn, TrackerRows.Line::changes);
        bind(stateColumn, TrackerRows.Line::state);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TrackerRows.Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(OUTSTANDING, !empty && line != null && line.outstanding());
            }
        });
        copyButton.setOnAction(e -> copyMissing());
        copyButton.disableProperty().bind(model.missingProperty().isEmpty());
        closeButton.setOnAction(e -> stage.close());
        stage.setOnHidden(e -> model.stop());
    }

    private static final javafx.css.PseudoClass OUTSTANDING = javafx.css.PseudoClass.getPseudoClass("outstanding");

    private void copyMissing() {
        ClipboardContent content = new ClipboardContent();
        content.putString(missingLabel.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static void bind(TableColumn<TrackerRows.Line, String> column, Function<TrackerRows.Line, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
    }

    void show() {
        model.start();
        stage.show();
        stage.toFront();
    }
}
