package org.qiyouxiang.app.core.progress;

import java.math.BigDecimal;
import java.util.List;
import org.qiyouxiang.db.model.QuarterProgress;

/**
 * What a unit reported for a quarter, as the status rules see it: the text of what was done, the
 * percentage (完成进度) if given, and the numbers read from the text.
 */
public record Reported(String doneText, BigDecimal percent, List<Figure> figures) {

    public static final Reported NOTHING = new Reported(null, null, List.of());

    public Reported {
        doneText = doneText == null || doneText.isBlank() ? null : doneText;
        figures = List.copyOf(figures);
    }

    public static Reported of(String doneText, BigDecimal percent) {
        return new Reported(doneText, percent, MilestoneNumbers.read(doneText));
    }

    public static Reported of(QuarterProgress progress) {
        return of(progress.doneText(), progress.percent());
    }

    public boolean isEmpty() {
        return doneText == null && percent == null;
    }
}
