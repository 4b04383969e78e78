package org.qiyouxiang.app.ui.progress;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.Fxml;

/**
 * 修改记录 in a window of its own beside the main one: the programme's changes between two days
 * (DatePickers, both days included), or one item's changes. Esc closes it.
 */
public final class ChangeLogWindow {

    @FXML private HBox rangeBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Button refreshButton;
    @FXML private Label countLabel;
    @FXML private TableView<ChangeLogViewModel.Line> logTable;
    @FXML private TableColumn<ChangeLogViewModel.Line, String> whenColumn;
    @FXML private TableColumn<ChangeLogViewModel.Line, String> actorColumn;
    @FXML private TableColumn<ChangeLogViewModel.Line, String> actionColumn;
    @FXML private TableColumn<ChangeLogViewModel.Line, String> whatColumn;
    @FXML private TableColumn<ChangeLogViewModel.Line, String> fieldColumn;
    @FXML private TableColumn<ChangeLogViewModel.Line, String> beforeColumn;
    @FXML private TableColumn<ChangeLogViewModel.Line, String> afterColumn;

    private final Stage stage = new Stage();

    /** @param title 修改记录, or 修改记录 — the item's name */
    public ChangeLogWindow(Window owner, ChangeLogViewModel viewModel, String title) {
        Parent root = Fxml.load("ChangeLogWindow", this);
        root.setId("changeLog");
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, 1100, 640);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        fromPicker.setId("changeLogFrom");
        toPicker.setId("changeLogTo");
        fromPicker.valueProperty().addListener(o -> viewModel.load());
        toPicker.valueProperty().addListener(o -> viewModel.load());
        refreshButton.setOnAction(e -> viewModel.load());
        if (viewModel.forItem()) {
            // One item's whole history: the day range (two labels, two pickers, 刷新) is left out. By index: a
            // sub-list of the same list given to removeAll fails as soon as the list changes.
            rangeBox.getChildren().remove(0, 5);
        }
        countLabel.textProperty().bind(viewModel.summaryProperty());
        logTable.setId("changeLogTable");
        logTable.setItems(viewModel.lines());
        Label empty = new Label(Messages.get("changelog.empty"));
        empty.getStyleClass().add("placeholder");
        logTable.setPlaceholder(empty);
        bind(whenColumn, ChangeLogViewModel.Line::when);
        bind(actorColumn, ChangeLogViewModel.Line::actor);
        bind(actionColumn, ChangeLogViewModel.Line::action);
        bind(whatColumn, ChangeLogViewModel.Line::what);
        bind(fieldColumn, ChangeLogViewModel.Line::field);
        bind(beforeColumn, ChangeLogViewModel.Line::before);
        bind(afterColumn, ChangeLogViewModel.Line::after);
        viewModel.load();
    }

    /** Every column wraps and starts at the top, so that a row's texts line up however long they are. */
    private static void bind(TableColumn<ChangeLogViewModel.Line, String> column,
                             Function<ChangeLogViewModel.Line, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        WrappingCell.wrap(column);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
