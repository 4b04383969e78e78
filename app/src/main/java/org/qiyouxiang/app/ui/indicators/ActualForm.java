package org.qiyouxiang.app.ui.indicators;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.targets.Judge;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.core.targets.TargetValues;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.db.model.IndicatorActual;

/**
 * The actual-value dialog's state: one indicator, one year, a quarter with the value as reported, the
 * date of the report and a note, and how that value would be judged against the year's target. Choosing
 * a quarter that already has a value shows that value, to be corrected.
 */
public final class ActualForm {

    private final IndicatorRow row;
    private final int year;
    private final List<IndicatorActual> reported;
    private final LocalDate today;
    private final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> reportedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Judgement> judgement = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding valid;
    /** True while the fields show a stored value, so that moving to an empty quarter clears them. */
    private boolean showingStored;

    /**
     * @param reported what the year's quarters already hold
     * @param today    the default date of the report
     */
    public ActualForm(IndicatorRow row, int year, List<IndicatorActual> reported, LocalDate today) {
        this.row = row;
        this.year = year;
        this.reported = reported.stream().sorted(Comparator.comparingInt(IndicatorActual::quarter)).toList();
        this.today = today;
        valid = Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isBlank() && quarter.get() != null,
                text, quarter);
        text.addListener((obs, old, now) -> judge());
        quarter.addListener((obs, old, chosen) -> fill(chosen));
        quarter.set(defaultQuarter());
        judge();
    }

    /**
     * The quarter after the last one reported this year; with nothing reported, the quarter we are in
     * for this year, the fourth for a past year (its final value is what counts), the first for a later one.
     */
    int defaultQuarter() {
        Optional<IndicatorActual> last = reported.stream().reduce((a, b) -> b);
        if (last.isPresent()) {
            return Math.min(4, last.get().quarter() + 1);
        }
        if (year == today.getYear()) {
            return today.get(IsoFields.QUARTER_OF_YEAR);
        }
        return year < today.getYear() ? 4 : 1;
    }

    private void fill(Integer chosen) {
        Optional<IndicatorActual> stored = chosen == null ? Optional.empty() : reported(chosen);
        if (stored.isPresent()) {
            IndicatorActual actual = stored.get();
            text.set(actual.text());
            reportedOn.set(actual.reportedOn() == null ? today : actual.reportedOn());
            note.set(actual.note() == null ? "" : actual.note());
            showingStored = true;
        } else if (showingStored || reportedOn.get() == null) {
            text.set("");
            reportedOn.set(today);
            note.set("");
            showingStored = false;
        }
    }

    private void judge() {
        String typed = text.get();
        judgement.set(typed == null || typed.isBlank() ? null
                : Judge.judge(TargetValues.parse(targetText()), typed, row.direction()));
    }

    public IndicatorRow row() {
        return row;
    }

    public int year() {
        return year;
    }

    /** The year's target as written, "" when none. */
    public String targetText() {
        return row.targetText(year);
    }

    /** What the program reads in the target, in words. */
    public String targetMeaning() {
        return TargetTips.meaning(targetText(), row.direction());
    }

    /** What the year's quarters hold: 一季度 2.5；二季度 2.6, or that nothing was reported. */
    public String reportedSummary() {
        if (reported.isEmpty()) {
            return Messages.get("actualDialog.nothingReported");
        }
        return reported.stream().map(a -> Messages.get("actualDialog.reportedItem", Quarters.label(a.quarter()), a.text()))
                .collect(Collectors.joining(Messages.get("judge.separator")));
    }

    /** The value stored for a quarter, if any. */
    public Optional<IndicatorActual> reported(int q) {
        return reported.stream().filter(a -> a.quarter() == q).findFirst();
    }

    public ObjectProperty<Integer> quarterProperty() {
        return quarter;
    }

    /** The value as reported: {@code 2.65}, {@code 职工84%；城乡居民65%}. */
    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> reportedOnProperty() {
        return reportedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The typed value judged against the year's target; null while nothing is typed. */
    public ReadOnlyObjectProperty<Judgement> judgementProperty() {
        return judgement.getReadOnlyProperty();
    }

    /** A value is typed and a quarter chosen: the form can be saved. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
