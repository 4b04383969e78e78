package org.qiyouxiang.app.ui.gantt;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * One tooltip for the whole canvas: it shows after a short rest over a bar or a cell, at the mouse,
 * and changes when the mouse moves to another (a Tooltip installed on the canvas would keep one text).
 */
final class GanttTooltip {

    static final String STYLE_CLASS = "gantt-tooltip";

    private final Node owner;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition delay = new PauseTransition(Duration.millis(400));
    private Object key;
    private double screenX;
    private double screenY;

    GanttTooltip(Node owner) {
        this.owner = owner;
        tooltip.getStyleClass().add(STYLE_CLASS);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.setAutoHide(true);
        delay.setOnFinished(e -> show());
    }

    /**
     * The mouse rests over something that has a tooltip ({@code key} tells what, {@code text} is null
     * when nothing has one).
     */
    void hover(Object newKey, String text, double x, double y) {
        boolean pending = tooltip.isShowing() || delay.getStatus() == PauseTransition.Status.RUNNING;
        if (Objects.equals(newKey, key) && pending) {
            return;
        }
        hide();
        key = newKey;
        if (text == null) {
            return;
        }
        tooltip.setText(text);
        screenX = x;
        screenY = y;
        delay.playFromStart();
    }

    void hide() {
        delay.stop();
        tooltip.hide();
        key = null;
    }

    private void show() {
        if (owner.getScene() != null && owner.getScene().getWindow() != null
                && owner.getScene().getWindow().isShowing()) {
            tooltip.show(owner, screenX + 14, screenY + 18);
        }
    }

    Tooltip tooltip() {
        return tooltip;
    }
}
