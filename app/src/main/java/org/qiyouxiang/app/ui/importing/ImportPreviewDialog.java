package org.qiyouxiang.app.ui.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;

/**
 * Shows what an import will bring in (the table, counts per area, notes, warnings, what it would
 * replace) and asks the clerk to confirm. Nothing has been written while it is open.
 */
public final class ImportPreviewDialog extends Dialog<ButtonType> {

    public static final ButtonType IMPORT = new ButtonType(Messages.get("preview.confirm"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(Messages.get("button.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType REPLACE = new ButtonType(Messages.get("preview.replace.confirm"),
            ButtonBar.ButtonData.OK_DONE);

    @FXML private Label fileLabel;
    @FXML private Label tableLabel;
    @FXML private Label titleLabel;
    @FXML private Label yearLabel;
    @FXML private Label totalLabel;
    @FXML private Label replaceLabel;
    @FXML private TableView<List<String>> areaTable;
    @FXML private VBox notes;
    @FXML private Label warningTitle;
    @FXML private ListView<String> warningList;

    public ImportPreviewDialog(Window owner, ImportSummary summary) {
        initOwner(owner);
        setTitle(Messages.get("preview.dialogTitle"));
        setHeaderText(Messages.get("preview.header"));
        setResizable(true);
        getDialogPane().setContent(load());
        getDialogPane().setId("importPreview");
        getDialogPane().getButtonTypes().addAll(summary.replaceText() != null ? REPLACE : IMPORT, CANCEL);
        fill(summary);
    }

    private Parent load() {
        FXMLLoader loader = new FXMLLoader(ImportPreviewDialog.class.getResource(
                "/org/qiyouxiang/app/ui/importing/ImportPreviewDialog.fxml"), Messages.bundle());
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(ImportSummary summary) {
        fileLabel.setText(summary.fileName());
        tableLabel.setText(summary.tableName());
        titleLabel.setText(summary.title());
        yearLabel.setText(summary.yearText());
        totalLabel.setText(summary.totalText());
        if (summary.replaceText() != null) {
            show(replaceLabel);
            replaceLabel.setText(summary.replaceText());
        }
        for (int c = 0; c < summary.columns().size(); c++) {
            final int column = c;
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(summary.columns().get(c));
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            tableColumn.setSortable(false);
            if (c > 0) {
                tableColumn.getStyleClass().add("number-column");
            }
            tableColumn.setPrefWidth(c == 0 ? 200 : 100);
            areaTable.getColumns().add(tableColumn);
        }
        areaTable.getItems().setAll(summary.rows());
        summary.notes().forEach(text -> {
            Label note = new Label(text);
            note.setWrapText(true);
            notes.getChildren().add(note);
        });
        if (!summary.warnings().isEmpty()) {
            show(warningTitle);
            show(warningList);
            warningTitle.setText(Messages.get("preview.warningsCount", summary.warnings().size()));
            warningList.getItems().setAll(summary.warnings());
        }
    }

    private static void show(Node node) {
        node.setManaged(true);
        node.setVisible(true);
    }

    /** True when the clerk pressed 导入 or 替换并导入. */
    public boolean confirmed() {
        return showAndWait().map(b -> b == IMPORT || b == REPLACE).orElse(false);
    }
}
