package org.qiyouxiang.app.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.Icons;

/** First start with an empty database: import the office's work list, or try the sample. */
final class WelcomePane extends VBox {

    WelcomePane(Runnable importWorkList, Runnable loadSample) {
        getStyleClass().add("welcome-pane");
        setId("welcomePane");
        setAlignment(Pos.CENTER);
        Label title = new Label(Messages.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label text = new Label(Messages.get("welcome.text"));
        text.getStyleClass().add("welcome-text");
        text.setWrapText(true);
        Button importButton = new Button(Messages.get("welcome.import"), Icons.of(Material2OutlinedAL.FILE_UPLOAD));
        importButton.setId("welcomeImport");
        importButton.getStyleClass().addAll("accent", "large");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> importWorkList.run());
        Button sampleButton = new Button(Messages.get("welcome.sample"), Icons.of(Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE));
        sampleButton.setId("welcomeSample");
        sampleButton.getStyleClass().add("large");
        sampleButton.setOnAction(e -> loadSample.run());
        HBox buttons = new HBox(16, importButton, sampleButton);
        buttons.setAlignment(Pos.CENTER);
        Label hint = new Label(Messages.get("welcome.hint"));
        hint.getStyleClass().add("welcome-hint");
        hint.setWrapText(true);
        getChildren().addAll(title, text, buttons, hint);
    }
}
