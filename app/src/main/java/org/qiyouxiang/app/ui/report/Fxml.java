package org.qiyouxiang.app.ui.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.qiyouxiang.app.core.Messages;

/** Loads a dialog's layout from the FXML file beside it, with the texts of the resource bundle. */
final class Fxml {

    private Fxml() {
    }

    static Parent load(String name, Object controller) {
        FXMLLoader loader = new FXMLLoader(Fxml.class.getResource("/org/qiyouxiang/app/ui/report/" + name + ".fxml"),
                Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
