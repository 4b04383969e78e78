package org.qiyouxiang.app.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * JavaFX's scroll pane keeps a bitmap of what its viewport shows ({@code setCache(true)} in its skin) and
 * draws that while scrolling. For a pane whose content changes more often than it scrolls (an item's
 * details change with every selection; 总览 with every quarter) the bitmap is drawn again after each change,
 * and with the software renderer it is a screen-sized array on the heap for as long as the window lives
 * (3.3 MB for 总览 at 1280 × 800, docs/benchmarks.md, Memory). Such panes draw their content directly.
 */
public final class Viewports {

    private Viewports() {
    }

    /** The pane's viewport is drawn directly, without a bitmap, once its skin exists and for good. */
    public static void drawDirectly(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> {
            for (Node child : pane.getChildrenUnmodifiable()) {
                if (child.getStyleClass().contains("viewport")) {
                    child.setCache(false);
                }
            }
        });
    }
}
