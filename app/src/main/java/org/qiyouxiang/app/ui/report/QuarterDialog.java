package org.qiyouxiang.app.ui.report;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;

/** A small question before a report or forms are made: which year and quarter. */
final class QuarterDialog extends Dialog<QuarterChoice> {

    private final SimpleObjectProperty<QuarterChoice> choice;

    QuarterDialog(Window owner, String title, String header, String confirm, QuarterChoice suggested,
                  List<Integer> years) {
        choice = new SimpleObjectProperty<>(suggested);
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        ButtonType ok = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setContent(new QuarterPicker(choice, years, "dialog"));
        getDialogPane().setId("quarterDialog");
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setResultConverter(button -> button == ok ? choice.get() : null);
    }

    Optional<QuarterChoice> ask() {
        return showAndWait();
    }
}
