package org.qiyouxiang.app.ui.progress;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.CellValues;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.ui.Fxml;
import org.qiyouxiang.db.model.Status;

/** Asks why the clerk sets a status other than the rules propose; the reason is kept with the status. */
final class OverrideReasonDialog extends Dialog<String> {

    static final ButtonType CONFIRM = new ButtonType(Messages.get("override.confirm"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    @FXML private Label ruleLabel;
    @FXML private TextArea reasonArea;

    OverrideReasonDialog(Window owner, QuarterRow row, Status chosen) {
        initOwner(owner);
        setTitle(Messages.get("override.title"));
        setHeaderText(Messages.get("override.header", row.item().name(), Quarters.label(row.quarter()),
                CellValues.label(chosen), CellValues.label(row.proposal().status())));
        getDialogPane().setContent(Fxml.load("OverrideReasonDialog", this));
        getDialogPane().setId("overrideDialog");
        getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        getDialogPane().getButtonTypes().addAll(CONFIRM, CANCEL);
        ruleLabel.setText(Messages.get("override.rule", row.proposal().reason()));
        reasonArea.setId("overrideReason");
        if (row.overridden() && row.progress().status().reason() != null) {
            reasonArea.setText(row.progress().status().reason());
        }
        getDialogPane().lookupButton(CONFIRM).disableProperty().bind(Bindings.createBooleanBinding(
                () -> reasonArea.getText() == null || reasonArea.getText().isBlank(), reasonArea.textProperty()));
        setResultConverter(button -> button == CONFIRM ? reasonArea.getText().strip() : null);
        Platform.runLater(reasonArea::requestFocus);
    }

    Optional<String> reason() {
        return showAndWait();
    }
}
