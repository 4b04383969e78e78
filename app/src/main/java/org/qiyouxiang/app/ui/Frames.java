package org.qiyouxiang.app.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits until the window has drawn what it shows now. */
public final class Frames {

    private Frames() {
    }

    /** Runs after the next pulse has laid out the scene and handed it to the renderer. */
    public static void afterNextFrame(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
