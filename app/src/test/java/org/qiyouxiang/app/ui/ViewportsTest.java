package org.qiyouxiang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A pane drawn directly keeps no bitmap of its viewport; an ordinary scroll pane keeps JavaFX's. */
@ExtendWith(ApplicationExtension.class)
class ViewportsTest {

    private ScrollPane direct;
    private ScrollPane ordinary;

    @Start
    void start(Stage stage) {
        direct = new ScrollPane(new Label("总览"));
        ordinary = new ScrollPane(new Label("打印预览"));
        Viewports.drawDirectly(direct);
        stage.setScene(new Scene(new HBox(direct, ordinary), 400, 200));
        stage.show();
    }

    @Test
    void theViewportOfAPaneDrawnDirectlyIsNotCached(FxRobot robot) {
        assertThat(viewport(direct).isCache()).isFalse();
        assertThat(viewport(ordinary).isCache()).as("JavaFX's default, which the app leaves elsewhere").isTrue();
    }

    private static Node viewport(ScrollPane pane) {
        return pane.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("viewport"))
                .findFirst().orElseThrow();
    }
}
