package org.qiyouxiang.app.ui.indicators;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.core.targets.Verdict;

/** A judgement as a small coloured chip: 达标 green, 未达标 red, 待判断 amber; the reason in its tooltip. */
public final class VerdictChip {

    private VerdictChip() {
    }

    public static Label of(Judgement judgement) {
        Label chip = new Label(judgement.verdict().label());
        chip.getStyleClass().addAll("verdict-chip", styleClass(judgement.verdict()));
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (!judgement.reason().isBlank()) {
            Tooltip reason = new Tooltip(judgement.reason());
            reason.setShowDelay(Duration.millis(250));
            chip.setTooltip(reason);
        }
        chip.setUserData(judgement);
        return chip;
    }

    /** {@code verdict-met}, {@code verdict-not-met}, {@code verdict-undecided}: coloured in app.css. */
    public static String styleClass(Verdict verdict) {
        return "verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
