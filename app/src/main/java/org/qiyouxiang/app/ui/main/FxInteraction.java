package org.qiyouxiang.app.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.PendingImport;
import org.qiyouxiang.app.ui.ErrorMessages;
import org.qiyouxiang.app.ui.importing.ImportPreviewDialog;
import org.qiyouxiang.app.ui.importing.ImportSummary;
import org.qiyouxiang.app.ui.report.ReturnsPreview;
import org.qiyouxiang.app.ui.report.ReturnsPreviewDialog;

/** The view model's questions and news as the window's dialogs. */
public final class FxInteraction implements Interaction {

    /** Wide enough for a check of a long item name on two lines, narrow enough for a 1280-pixel screen. */
    private static final double CHECK_WIDTH = 600;

    private final Supplier<Window> owner;
    private final Consumer<Path> openFile;
    private Consumer<Throwable> errorsInstead;

    public FxInteraction(Supplier<Window> owner, Consumer<Path> openFile) {
        this.owner = owner;
        this.openFile = openFile;
    }

    /** Errors go here instead of a dialog: for unattended runs (--exit-when-loaded), where nobody clicks. */
    public void sendErrorsTo(Consumer<Throwable> sink) {
        this.errorsInstead = sink;
    }

    @Override
    public boolean confirmImport(PendingImport file) {
        if (file instanceof PendingImport.ReturnedForms forms) {
            return new ReturnsPreviewDialog(owner.get(), ReturnsPreview.of(forms.batch())).confirmed();
        }
        return new ImportPreviewDialog(owner.get(), ImportSummary.of(file)).confirmed();
    }

    @Override
    public OptionalInt askYear(String fileName) {
        TextInputDialog dialog = new TextInputDialog(String.valueOf(java.time.Year.now().getValue()));
        dialog.initOwner(owner.get());
        dialog.setTitle(Messages.get("askYear.title"));
        dialog.setHeaderText(Messages.get("askYear.header", fileName));
        dialog.setContentText(Messages.get("askYear.label"));
        return dialog.showAndWait()
                .map(String::strip)
                .filter(t -> t.matches("20\\d\\d"))
                .map(t -> OptionalInt.of(Integer.parseInt(t)))
                .orElse(OptionalInt.empty());
    }

    @Override
    public void showError(Throwable error) {
        if (errorsInstead != null) {
            errorsInstead.accept(error);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, "",
                new ButtonType(Messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(ErrorMessages.headline(error));
        Label text = new Label(ErrorMessages.text(error));
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    @Override
    public void showNotice(String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "",
                new ButtonType(Messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("notice.headline"));
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        alert.getDialogPane().setContent(label);
        alert.getDialogPane().setId("noticeDialog");
        alert.showAndWait();
    }

    @Override
    public void showExported(Path file, String summary) {
        showExported(file, summary, List.of());
    }

    /** The checks come under the file's path, as a warning: the file is written, the data wants a look. */
    @Override
    public void showExported(Path file, String summary, List<String> checks) {
        ButtonType open = new ButtonType(Messages.get("exported.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(checks.isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "",
                open, close);
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(summary);
        Label text = new Label(file.toAbsolutePath().toString());
        text.setWrapText(true);
        VBox content = new VBox(10, text);
        if (!checks.isEmpty()) {
            content.getChildren().add(checksBox(checks));
        }
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("exportedDialog");
        alert.showAndWait().filter(b -> b == open).ifPresent(b -> openFile.accept(file));
    }

    private static Node checksBox(List<String> checks) {
        Label heading = new Label(Messages.get("report.check.heading"));
        heading.setWrapText(true);
        heading.setMaxWidth(CHECK_WIDTH);
        VBox box = new VBox(6, heading);
        for (String check : checks) {
            Label line = new Label(check);
            line.setWrapText(true);
            line.setMaxWidth(CHECK_WIDTH);
            box.getChildren().add(line);
        }
        box.setId("exportChecks");
        return box;
    }
}
