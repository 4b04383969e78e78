package org.qiyouxiang.app.ui.main;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.qiyouxiang.app.core.AppVersion;
import org.qiyouxiang.app.core.Messages;

/**
 * 帮助 → 关于: what someone helping the clerk on the telephone asks first. The version, where the data and the
 * logs are, and the Java runtime, in text that can be selected and copied.
 */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, Path dataFolder) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(Messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("app.title"));
        Path folder = dataFolder.toAbsolutePath().normalize();
        Label text = new Label(Messages.get("about.text", AppVersion.text(), folder, folder.resolve("logs"),
                System.getProperty("java.version")));
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("aboutDialog");
        alert.showAndWait();
    }
}
