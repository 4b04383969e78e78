package org.qiyouxiang.app.ui.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.qiyouxiang.app.ui.Frames;

/** The startup baseline: an empty JavaFX window of the app's size, which quits after its first frame. */
public final class BareWindow extends Application {

    /** Entry for {@code java -cp …}: a main class extending Application is refused on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(), 1280, 800);
        stage.setScene(scene);
        stage.show();
        Frames.afterNextFrame(scene, () -> {
            FrameMarkers.print(FrameMarkers.FIRST_FRAME);
            FrameMarkers.printMemory();
            Platform.exit();
        });
    }
}
