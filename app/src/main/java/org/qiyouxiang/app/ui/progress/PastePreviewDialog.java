package org.qiyouxiang.app.ui.progress;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.Fxml;

/** A pasted block, cell by cell, old → new, before anything is saved: 粘贴 applies it as one step. */
final class PastePreviewDialog extends Dialog<ButtonType> {

    static final ButtonType PASTE = new ButtonType(Messages.get("paste.confirm"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    @FXML private Label sizeLabel;
    @FXML private TableView<PastePreview.Cell> cellTable;
    @FXML private TableColumn<PastePreview.Cell, String> itemColumn;
    @FXML private TableColumn<PastePreview.Cell, String> quarterColumn;
    @FXML private TableColumn<PastePreview.Cell, String> fieldColumn;
    @FXML private TableColumn<PastePreview.Cell, String> beforeColumn;
    @FXML private TableColumn<PastePreview.Cell, String> afterColumn;

    PastePreviewDialog(Window owner, PastePreview preview) {
        initOwner(owner);
        setTitle(Messages.get("paste.title"));
        setHeaderText(Messages.get("paste.header", preview.rows(), preview.columns(), preview.cells().size()));
        setResizable(true);
        getDialogPane().setContent(Fxml.load("PastePreviewDialog", this));
        getDialogPane().setId("pastePreview");
        getDialogPane().setPrefWidth(920);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        getDialogPane().getButtonTypes().addAll(PASTE, CANCEL);
        sizeLabel.setText(Messages.get("paste.size", preview.cells().size()));
        bind(itemColumn, PastePreview.Cell::item);
        bind(quarterColumn, PastePreview.Cell::quarter);
        bind(fieldColumn, PastePreview.Cell::column);
        bind(beforeColumn, PastePreview.Cell::before);
        bind(afterColumn, PastePreview.Cell::after);
        afterColumn.getStyleClass().add("paste-after");
        cellTable.getItems().setAll(preview.cells());
    }

    private static void bind(TableColumn<PastePreview.Cell, String> column, Function<PastePreview.Cell, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        WrappingCell.wrap(column);
    }

    boolean confirmed() {
        return showAndWait().map(b -> b == PASTE).orElse(false);
    }
}
