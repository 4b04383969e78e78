package org.qiyouxiang.app.ui.report;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;

/** The report commands' questions and news as dialogs over the main window. */
public final class FxReportInteraction implements ReportInteraction {

    private final Supplier<Window> owner;
    private final Consumer<Path> open;

    /** @param open opens a file or folder with the system's program (the file manager for a folder) */
    public FxReportInteraction(Supplier<Window> owner, Consumer<Path> open) {
        this.owner = owner;
        this.open = open;
    }

    @Override
    public boolean confirmReturns(ReturnsPreview preview) {
        return new ReturnsPreviewDialog(owner.get(), preview).confirmed();
    }

    @Override
    public void showFormsWritten(Path folder, String summary) {
        ButtonType openFolder = new ButtonType(Messages.get("forms.openFolder"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", openFolder, close);
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(summary);
        Label text = new Label(Messages.get("forms.where", folder.toAbsolutePath()));
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("formsWrittenDialog");
        alert.showAndWait().filter(b -> b == openFolder).ifPresent(b -> open.accept(folder));
    }
}
