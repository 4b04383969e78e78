package org.qiyouxiang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A pane drawn directly keeps no bitmap of its viewport; an ordinary scroll pane keeps JavaFX's. In a window
 * of its own: the primary stage, which other tests size by their first scene, stays as it was.
 */
class ViewportsTest {

    private Stage window;
    private ScrollPane direct;
    private ScrollPane ordinary;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            direct = new ScrollPane(new Label("总览"));
            ordinary = new ScrollPane(new Label("打印预览"));
            Viewports.drawDirectly(direct);
            window = new Stage();
            window.setScene(new Scene(new HBox(direct, ordinary), 400, 200));
            window.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.close());
    }

    @Test
    void theViewportOfAPaneDrawnDirectlyIsNotCached() {
        assertThat(viewport(direct).isCache()).isFalse();
        assertThat(viewport(ordinary).isCache()).as("JavaFX's default, which the app leaves elsewhere").isTrue();
    }

    private static Node viewport(ScrollPane pane) {
        return pane.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("viewport"))
                .findFirst().orElseThrow();
    }
}
