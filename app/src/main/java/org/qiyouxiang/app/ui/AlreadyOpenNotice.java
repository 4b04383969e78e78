package org.qiyouxiang.app.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.qiyouxiang.app.core.Messages;

/** Says in a window that the program is already open on this data folder, when the open one does not answer. */
public final class AlreadyOpenNotice extends Application {

    private static volatile Path folder;

    /** Shows the notice and returns the exit code of a refused start. */
    public static int show(Path dataFolder) {
        folder = dataFolder;
        Locale.setDefault(Messages.locale());
        Application.launch(AlreadyOpenNotice.class);
        return 2;
    }

    @Override
    public void start(Stage stage) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("lock.taken", folder.toAbsolutePath()),
                new ButtonType(Messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("lock.takenHeader"));
        alert.showAndWait();
        Platform.exit();
    }
}
