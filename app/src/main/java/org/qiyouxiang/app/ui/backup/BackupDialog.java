package org.qiyouxiang.app.ui.backup;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;

/**
 * 备份与恢复…: the list of backups (备份时间, 原因, 大小), 立即备份, 从备份恢复 (the selected one,
 * after asking), 从文件恢复… (a backup on a USB stick), 导出全部数据为 Excel… (a readable copy) and 关闭.
 * All work goes through {@link BackupViewModel}.
 */
public final class BackupDialog {

    private final Stage stage = new Stage();
    private final BackupViewModel viewModel;
    private final TableView<BackupViewModel.Row> table = new TableView<>();

    /** @param open opens a file with the system's program (Excel, WPS) */
    public BackupDialog(Window owner, BackupViewModel viewModel, Consumer<Path> open) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("backup.ui.title"));
        table.setItems(viewModel.rows());
        table.getColumns().add(column("backup.ui.column.time", BackupViewModel.Row::time, 180));
        table.getColumns().add(column("backup.ui.column.reason", BackupViewModel.Row::reason, 140));
        table.getColumns().add(column("backup.ui.column.size", BackupViewModel.Row::size, 90));
        table.setPlaceholder(new Label(Messages.get("backup.ui.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        Button backupNow = button("backup.ui.backupNow", viewModel::backupNow);
        Button restore = button("backup.ui.restore", this::restoreSelected);
        restore.disableProperty().bind(Bindings.or(viewModel.busyProperty(),
                table.getSelectionModel().selectedItemProperty().isNull()));
        Button restoreFile = button("backup.ui.restoreFile", this::restoreFile);
        Button exportAll = button("backup.ui.exportAll", this::exportAll);
        exportAll.setId("exportAllData");
        Button close = button("backup.ui.close", stage::close);
        backupNow.disableProperty().bind(viewModel.busyProperty());
        restoreFile.disableProperty().bind(viewModel.busyProperty());
        exportAll.disableProperty().bind(viewModel.busyProperty());
        close.setCancelButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, backupNow, restore, restoreFile, exportAll, gap, close);

        VBox bottom = new VBox(8, statusLine(open), new Label(viewModel.folderText()), buttons);
        BorderPane root = new BorderPane(table, null, null, bottom, null);
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("backup-dialog");
        stage.setScene(new Scene(root, 700, 440));
    }

    /** What is going on or what happened, a spinner while working, and 打开文件 after an export. */
    private HBox statusLine(Consumer<Path> open) {
        Label status = new Label();
        status.setId("backupStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Hyperlink openFile = new Hyperlink(Messages.get("backup.ui.openExported"));
        openFile.visibleProperty().bind(viewModel.exportedProperty().isNotNull().and(viewModel.busyProperty().not()));
        openFile.managedProperty().bind(openFile.visibleProperty());
        openFile.setOnAction(e -> open.accept(viewModel.exportedProperty().get()));
        HBox line = new HBox(8, working, status, openFile);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        return line;
    }

    /** Shows the dialog and reads the list. */
    public void show() {
        viewModel.refresh();
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private void restoreSelected() {
        if (confirmed(viewModel.confirmRestoreText())) {
            viewModel.restoreSelected();
        }
    }

    private void restoreFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backup.ui.restoreFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("backup.ui.fileFilter"),
                "*.zip", "*.mv.db"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null && confirmed(viewModel.confirmRestoreFileText(chosen.toPath()))) {
            viewModel.restoreFrom(Path.of(chosen.getPath()));
        }
    }

    private void exportAll() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backup.ui.exportAll.title"));
        chooser.setInitialFileName(viewModel.exportAllFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("chooser.xlsx"), "*.xlsx"));
        viewModel.lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path target = chosen.toPath();
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                target = target.resolveSibling(target.getFileName() + ".xlsx");
            }
            viewModel.exportAll(target);
        }
    }

    private boolean confirmed(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("backup.ui.title"));
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private static TableColumn<BackupViewModel.Row, String> column(String key,
            Function<BackupViewModel.Row, String> text, double width) {
        TableColumn<BackupViewModel.Row, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Button button(String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
