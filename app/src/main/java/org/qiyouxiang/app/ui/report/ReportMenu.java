package org.qiyouxiang.app.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.main.MainViewModel;

/**
 * The 报告 menu: 导出季度报告…, 打印预览…, 生成填报表…, 导入填报表…, 填报回收情况. Asks for the quarter
 * and the files, then hands over to {@link ReportViewModel}; opens the preview and tracker windows, one
 * of each, brought to the front when asked for again.
 */
public final class ReportMenu {

    private final ReportViewModel report;
    private final MainViewModel main;
    private final java.util.function.Supplier<Window> owner;
    private PrintPreviewWindow preview;
    private TrackerWindow tracker;

    public ReportMenu(MainViewModel main, java.util.function.Supplier<Window> owner, Consumer<Path> open) {
        this.main = main;
        this.owner = owner;
        this.report = new ReportViewModel(main, new FxReportInteraction(owner, open));
    }

    public Menu menu() {
        MenuItem export = item("menu.report.export", "menuReportExport", this::exportReport);
        MenuItem print = item("menu.report.preview", "menuPrintPreview", this::openPreview);
        print.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        MenuItem generate = item("menu.report.generateForms", "menuGenerateForms", this::chooseAndGenerate);
        MenuItem returns = item("menu.report.importForms", "menuImportForms", this::chooseAndImport);
        MenuItem tracking = item("menu.report.tracker", "menuTracker", this::openTracker);
        MenuItem office = item("menu.report.office", "menuOffice", this::askOfficeName);
        Menu menu = new Menu(Messages.get("menu.report"), null, export, print, new SeparatorMenuItem(), generate,
                returns, tracking, new SeparatorMenuItem(), office);
        menu.setId("menuReport");
        for (MenuItem item : List.of(export, print, generate, returns, tracking, office)) {
            item.disableProperty().bind(main.screenProperty().isNotEqualTo(MainViewModel.Screen.WORK));
        }
        return menu;
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** 导出季度报告…: asks for the quarter and the file, then writes the report in the background. */
    public void exportReport() {
        new QuarterDialog(owner.get(), Messages.get("report.export.title"), Messages.get("report.export.header"),
                Messages.get("report.export.next"), report.suggested(), report.years()).ask().ifPresent(choice -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle(Messages.get("report.export.title"));
                    chooser.getExtensionFilters().addAll(
                            new FileChooser.ExtensionFilter(Messages.get("chooser.xlsx"), "*.xlsx"),
                            new FileChooser.ExtensionFilter(Messages.get("chooser.pdf"), "*.pdf"));
                    chooser.setInitialFileName(report.reportFileName(choice, false));
                    main.lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
                    File file = chooser.showSaveDialog(owner.get());
                    if (file != null) {
                        Path target = withExtension(file.toPath(), chooser.getSelectedExtensionFilter());
                        main.rememberFolderOf(target);
                        report.export(choice, target);
                    }
                });
    }

    /** The name as typed, with .xlsx or .pdf added from the chosen type when it has neither. */
    static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".pdf")) {
            return file;
        }
        boolean pdf = filter != null && filter.getExtensions().contains("*.pdf");
        return file.resolveSibling(file.getFileName() + (pdf ? ".pdf" : ".xlsx"));
    }

    private void chooseAndGenerate() {
        new QuarterDialog(owner.get(), Messages.get("forms.generate.title"), Messages.get("forms.generate.header"),
                Messages.get("report.export.next"), report.suggested(), report.years()).ask().ifPresent(choice -> {
                    DirectoryChooser chooser = new DirectoryChooser();
                    chooser.setTitle(Messages.get("forms.generate.folder"));
                    main.lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
                    File folder = chooser.showDialog(owner.get());
                    if (folder != null) {
                        // The folder chosen, not the quarter's folder made inside it, is where to start next time.
                        main.rememberFolderOf(folder.toPath().resolve(report.formsFolderName(choice)));
                        report.generateForms(choice, folder.toPath());
                    }
                });
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("returns.chooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("chooser.spreadsheets"), "*.xlsx", "*.XLSX"),
                new FileChooser.ExtensionFilter(Messages.get("chooser.allFiles"), "*.*"));
        main.lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files != null && !files.isEmpty()) {
            main.rememberFolderOf(files.get(0).toPath());
            report.importReturns(files.stream().map(File::toPath).toList());
        }
    }

    private void askOfficeName() {
        report.changeOfficeName(current -> {
            TextInputDialog dialog = new TextInputDialog(current);
            dialog.initOwner(owner.get());
            dialog.setTitle(Messages.get("report.office.title"));
            dialog.setHeaderText(Messages.get("report.office.header"));
            dialog.setContentText(Messages.get("report.office.label"));
            dialog.getEditor().setPrefColumnCount(28);
            dialog.getDialogPane().setId("officeDialog");
            dialog.getDialogPane().getButtonTypes().setAll(
                    new ButtonType(Messages.get("report.office.save"), ButtonBar.ButtonData.OK_DONE),
                    new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            return dialog.showAndWait();
        });
    }

    /** Moves when forms were made or returned forms imported: 总览's 填报表回收 reads again. */
    public javafx.beans.property.ReadOnlyIntegerProperty formsVersionProperty() {
        return report.formsVersionProperty();
    }

    /** 打印预览…: the report's pages as they will be printed. */
    public void openPreview() {
        if (preview == null) {
            preview = new PrintPreviewWindow(owner.get(), new PrintPreviewModel(report), report.years());
        }
        preview.show();
    }

    private void openTracker() {
        if (tracker == null) {
            tracker = new TrackerWindow(owner.get(), new TrackerViewModel(report), report.years());
        }
        tracker.show();
    }
}
