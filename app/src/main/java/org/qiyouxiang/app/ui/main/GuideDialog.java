package org.qiyouxiang.app.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;

/**
 * 帮助 → 使用说明 (F1): the quarter's work in four steps, what each tab is for, the keys, and where the data is
 * kept. For a clerk who has never seen the program, without leaving it.
 */
final class GuideDialog {

    private GuideDialog() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.NONE, "",
                new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setTitle(Messages.get("guide.title"));
        alert.setHeaderText(Messages.get("guide.header"));
        Label text = new Label(Messages.get("guide.text"));
        text.setWrapText(true);
        text.setMaxWidth(600);
        text.getStyleClass().add("guide-text");
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 460);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("guideDialog");
        alert.setResizable(true);
        alert.showAndWait();
    }
}
