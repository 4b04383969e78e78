package org.qiyouxiang.app.ui.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.Fxml;
import org.qiyouxiang.app.ui.progress.WrappingCell;

/**
 * Returned forms before anything is stored: each file with its unit and what it changes, cell by cell old →
 * new, and what is not imported with the reason. 导入 stores the files not refused as one step.
 */
public final class ReturnsPreviewDialog extends Dialog<ButtonType> {

    static final ButtonType IMPORT = new ButtonType(Messages.get("returns.confirm"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    @FXML private ListView<ReturnsPreview.FileLine> fileList;
    @FXML private Label fileTitle;
    @FXML private TableView<ReturnsPreview.ChangeLine> changeTable;
    @FXML private TableColumn<ReturnsPreview.ChangeLine, String> rowColumn;
    @FXML private TableColumn<ReturnsPreview.ChangeLine, String> itemColumn;
    @FXML private TableColumn<ReturnsPreview.ChangeLine, String> fieldColumn;
    @FXML private TableColumn<ReturnsPreview.ChangeLine, String> beforeColumn;
    @FXML private TableColumn<ReturnsPreview.ChangeLine, String> afterColumn;
    @FXML private Label problemTitle;
    @FXML private ListView<String> problemList;

    public ReturnsPreviewDialog(Window owner, ReturnsPreview preview) {
        initOwner(owner);
        setTitle(Messages.get("returns.title"));
        setHeaderText(preview.summary());
        setResizable(true);
        getDialogPane().setContent(Fxml.load("ReturnsPreviewDialog", this));
        getDialogPane().setId("returnsPreview");
        // The pane does not take its content's width by itself: without this the window opens 600 px wide
        // and the old → new columns are cut off.
        getDialogPane().setPrefSize(1080, 680);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        getDialogPane().getButtonTypes().addAll(IMPORT, CANCEL);
        getDialogPane().lookupButton(IMPORT).setDisable(!preview.importable());
        bind(rowColumn, ReturnsPreview.ChangeLine::row);
        bind(itemColumn, ReturnsPreview.ChangeLine::item);
        bind(fieldColumn, ReturnsPreview.ChangeLine::field);
        bind(beforeColumn, ReturnsPreview.ChangeLine::before);
        bind(afterColumn, ReturnsPreview.ChangeLine::after);
        afterColumn.getStyleClass().add("paste-after");
        changeTable.getStyleClass().add("paste-cells");
        Label none = new Label(Messages.get("returns.noChanges"));
        none.getStyleClass().add("placeholder");
        changeTable.setPlaceholder(none);
        fileList.setCellFactory(list -> new FileCell());
        problemList.setCellFactory(list -> new WrappedLine(list));
        fileList.getItems().setAll(preview.files());
        fileList.getSelectionModel().selectedItemProperty().addListener((obs, old, file) -> show(file));
        fileList.getSelectionModel().selectFirst();
    }

    private void show(ReturnsPreview.FileLine file) {
        if (file == null) {
            return;
        }
        fileTitle.setText(Messages.get("returns.fileTitle", file.fileName(), file.unit(), file.quarter()));
        changeTable.getItems().setAll(file.changes());
        List<String> problems = new ArrayList<>(file.problems());
        problems.addAll(file.notes());
        problemTitle.setText(Messages.get("returns.problemsCount", file.problems().size(), file.notes().size()));
        problemTitle.setVisible(!problems.isEmpty());
        problemTitle.setManaged(!problems.isEmpty());
        problemList.setVisible(!problems.isEmpty());
        problemList.setManaged(!problems.isEmpty());
        problemList.getItems().setAll(problems);
        ((VBox) changeTable.getParent()).requestLayout();
    }

    private static void bind(TableColumn<ReturnsPreview.ChangeLine, String> column,
                             Function<ReturnsPreview.ChangeLine, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        WrappingCell.wrap(column);
    }

    /** True when the clerk pressed 导入. */
    public boolean confirmed() {
        return showAndWait().map(b -> b == IMPORT).orElse(false);
    }

    /** A problem or note in as many lines as it needs, never wider than the list. */
    private static final class WrappedLine extends ListCell<String> {
        WrappedLine(ListView<String> list) {
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
        }
    }

    /** The file's name over its unit, quarter and state; a refused file in the danger colour. */
    private static final class FileCell extends ListCell<ReturnsPreview.FileLine> {
        @Override
        protected void updateItem(ReturnsPreview.FileLine file, boolean empty) {
            super.updateItem(file, empty);
            getStyleClass().remove("returns-refused");
            if (empty || file == null) {
                setText(null);
                return;
            }
            setText(file.fileName() + "\n" + file.unit() + "　" + file.quarter() + "　" + file.state());
            if (file.refused()) {
                getStyleClass().add("returns-refused");
            }
        }
    }
}
