package org.qiyouxiang.app.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.Icons;
import org.qiyouxiang.app.ui.backup.BackupDialog;
import org.qiyouxiang.app.ui.backup.BackupViewModel;
import org.qiyouxiang.app.ui.report.ReportMenu;

/** The window's menus and toolbar, and the file dialogs behind 导入, 导出工作清单 and 备份与恢复. */
final class WindowCommands {

    private final MainViewModel viewModel;
    private final Consumer<Path> open;
    private final Supplier<Window> window;
    private final ReportMenu reportMenu;

    /** @param open opens a file or folder with the system's program (Excel, WPS, the file manager) */
    WindowCommands(MainViewModel viewModel, Consumer<Path> open, Supplier<Window> window) {
        this.viewModel = viewModel;
        this.open = open;
        this.window = window;
        this.reportMenu = new ReportMenu(viewModel, window, open);
    }

    /** Moves when forms were made or returned forms imported. */
    ReadOnlyIntegerProperty formsVersionProperty() {
        return reportMenu.formsVersionProperty();
    }

    MenuBar menuBar() {
        MenuItem importItem = item("menu.importWorkList", "Shortcut+O", this::chooseAndImport);
        importItem.setId("menuImport");
        MenuItem exportItem = item("menu.exportWorkList", "Shortcut+E", this::chooseAndExport);
        exportItem.setId("menuExport");
        exportItem.disableProperty().bind(viewModel.screenProperty().isNotEqualTo(MainViewModel.Screen.WORK));
        MenuItem exit = item("menu.exit", "Shortcut+Q", () -> window.get().hide());
        Menu file = new Menu(Messages.get("menu.file"), null, importItem, exportItem, new SeparatorMenuItem(), exit);
        MenuItem dataFolder = item("menu.openDataFolder", null, () -> open.accept(viewModel.dataFolder()));
        MenuItem backups = item("menu.backups", null, this::openBackups);
        backups.setId("menuBackups");
        backups.disableProperty().bind(viewModel.workspaceProperty().isNull());
        MenuItem about = item("menu.about", null, () -> AboutDialog.show(window.get(), viewModel.dataFolder()));
        about.setId("menuAbout");
        MenuItem guide = item("menu.guide", "F1", () -> GuideDialog.show(window.get()));
        guide.setId("menuGuide");
        Menu help = new Menu(Messages.get("menu.help"), null, guide, new SeparatorMenuItem(), backups, dataFolder,
                new SeparatorMenuItem(), about);
        Menu report = reportMenu.menu();
        return new MenuBar(file, report, help);
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    ToolBar toolBar() {
        Button importButton = new Button(Messages.get("toolbar.import"), Icons.of(Material2OutlinedAL.FILE_UPLOAD));
        importButton.setId("toolbarImport");
        importButton.setOnAction(e -> chooseAndImport());
        Button exportButton = new Button(Messages.get("toolbar.export"), Icons.of(Material2OutlinedMZ.SAVE_ALT));
        exportButton.setId("toolbarExport");
        exportButton.setOnAction(e -> chooseAndExport());
        exportButton.disableProperty().bind(viewModel.screenProperty().isNotEqualTo(MainViewModel.Screen.WORK));
        importButton.disableProperty().bind(viewModel.runner().busyProperty());
        // The quarter's report is what the clerk makes most often: it has its buttons, not only a menu.
        Button reportButton = new Button(Messages.get("toolbar.exportReport"), Icons.of(Material2OutlinedAL.DESCRIPTION));
        reportButton.setId("toolbarReport");
        reportButton.setOnAction(e -> reportMenu.exportReport());
        Button previewButton = new Button(Messages.get("toolbar.preview"), Icons.of(Material2OutlinedMZ.PRINT));
        previewButton.setId("toolbarPreview");
        previewButton.setOnAction(e -> reportMenu.openPreview());
        for (Button b : List.of(reportButton, previewButton)) {
            b.disableProperty().bind(viewModel.screenProperty().isNotEqualTo(MainViewModel.Screen.WORK));
        }
        return new ToolBar(importButton, exportButton, new Separator(Orientation.VERTICAL), reportButton,
                previewButton);
    }

    private void openBackups() {
        new BackupDialog(window.get(), new BackupViewModel(viewModel::workspace, viewModel::reopened,
                viewModel.runner().background(), Platform::runLater), open).show();
    }

    /** 导入: a spreadsheet chosen in the system's file dialog, in the folder used last. */
    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("chooser.importTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("chooser.spreadsheets"), "*.xlsx", "*.xls", "*.XLSX", "*.XLS"),
                new FileChooser.ExtensionFilter(Messages.get("chooser.allFiles"), "*.*"));
        viewModel.lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            viewModel.rememberFolderOf(file.toPath());
            viewModel.importFile(file.toPath());
        }
    }

    private void chooseAndExport() {
        Optional<Integer> year = chooseYear();
        if (year.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("chooser.exportTitle"));
        chooser.setInitialFileName(Messages.get("export.worklist.fileName", year.get()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("chooser.xlsx"), "*.xlsx"));
        viewModel.lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            Path target = file.toPath();
            if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                target = target.resolveSibling(target.getFileName() + ".xlsx");
            }
            viewModel.rememberFolderOf(target);
            viewModel.exportWorkList(year.get(), target);
        }
    }

    private Optional<Integer> chooseYear() {
        List<Integer> years = viewModel.years();
        OptionalInt current = viewModel.currentYear();
        if (years.size() <= 1) {
            return current.isPresent() ? Optional.of(current.getAsInt()) : Optional.empty();
        }
        ChoiceDialog<Integer> dialog = new ChoiceDialog<>(current.orElse(years.get(years.size() - 1)), years);
        dialog.initOwner(window.get());
        dialog.setTitle(Messages.get("export.chooseYear.title"));
        dialog.setHeaderText(Messages.get("export.chooseYear.header"));
        return dialog.showAndWait();
    }

}
