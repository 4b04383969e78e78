package org.qiyouxiang.app.ui.progress;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.db.model.Status;

/** The progress table's questions and news as dialogs over the main window. */
public final class FxProgressInteraction implements ProgressInteraction {

    private final Supplier<Window> owner;
    private final Consumer<Throwable> errors;

    /** @param errors the window's one way of showing errors */
    public FxProgressInteraction(Supplier<Window> owner, Consumer<Throwable> errors) {
        this.owner = owner;
        this.errors = errors;
    }

    @Override
    public boolean confirmPaste(PastePreview preview) {
        return new PastePreviewDialog(owner.get(), preview).confirmed();
    }

    @Override
    public Optional<String> askOverrideReason(QuarterRow row, Status chosen) {
        return new OverrideReasonDialog(owner.get(), row, chosen).reason();
    }

    @Override
    public boolean confirmCopy(int fromYear, int toYear) {
        ButtonType copy = new ButtonType(Messages.get("copy.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("copy.header", fromYear, toYear), copy, cancel);
        alert.setTitle(Messages.get("copy.title"));
        alert.getDialogPane().setId("copyYearDialog");
        alert.getDialogPane().setContent(wrapped(Messages.get("copy.text", fromYear, toYear)));
        return alert.showAndWait().filter(b -> b == copy).isPresent();
    }

    @Override
    public void showProblems(String headline, List<String> problems) {
        Alert alert = alert(Alert.AlertType.WARNING, headline,
                new ButtonType(Messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.getDialogPane().setId("problemsDialog");
        if (problems.size() == 1) {
            alert.getDialogPane().setContent(wrapped(problems.get(0)));
        } else {
            ListView<String> list = new ListView<>();
            list.getItems().setAll(problems);
            list.setPrefSize(560, Math.min(320, 28 * problems.size() + 8));
            alert.getDialogPane().setContent(list);
        }
        alert.showAndWait();
    }

    @Override
    public void showError(Throwable error) {
        errors.accept(error);
    }

    private Alert alert(Alert.AlertType type, String header, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        return alert;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }
}
