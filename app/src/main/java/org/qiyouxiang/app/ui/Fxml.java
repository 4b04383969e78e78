package org.qiyouxiang.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.qiyouxiang.app.core.Messages;

/** Loads a dialog's layout from the FXML file beside its controller's class, with the resource bundle's texts. */
public final class Fxml {

    private Fxml() {
    }

    /** {@code name}.fxml in the controller's package, e.g. ChangeLogWindow.fxml beside ChangeLogWindow. */
    public static Parent load(String name, Object controller) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(name + ".fxml"), Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
