package org.qiyouxiang.app.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.YearTarget;
import org.qiyouxiang.db.model.IndicatorActual;

/** The actual-value dialog's form: which quarter it offers, what it fills in, how it judges what is typed. */
class ActualFormTest {

    static final LocalDate TODAY = LocalDate.of(2024, 8, 15);

    @ParameterizedTest(name = "{0}, reported up to quarter {1}: quarter {2}")
    @CsvSource(textBlock = """
            2024, 0, 3
            2024, 1, 2
            2024, 4, 4
            2023, 0, 4
            2025, 0, 1
            """)
    void offersTheQuarterAfterTheLastReportedOrTheOneWeAreIn(int year, int lastReported, int offered) {
        List<IndicatorActual> reported = lastReported == 0 ? List.of()
                : List.of(new IndicatorActual(1, year, lastReported, "60", null, null));

        ActualForm form = new ActualForm(occupancy(year), year, reported, TODAY);

        assertThat(form.quarterProperty().get()).isEqualTo(offered);
    }

    @Test
    void aNewValueStartsEmptyDatedToday() {
        ActualForm form = new ActualForm(occupancy(2024), 2024, List.of(), TODAY);

        assertThat(form.textProperty().get()).isEmpty();
        assertThat(form.reportedOnProperty().get()).isEqualTo(TODAY);
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.judgementProperty().get()).isNull();
        assertThat(form.reportedSummary()).isEqualTo("本年尚未填报");
    }

    @Test
    void choosingAReportedQuarterShowsItsValueToCorrectAndAnEmptyOneClearsIt() {
        IndicatorActual second = new IndicatorActual(1, 2024, 2, "61", LocalDate.of(2024, 7, 3), "半年报");
        ActualForm form = new ActualForm(occupancy(2024), 2024, List.of(second), TODAY);
        assertThat(form.quarterProperty().get()).isEqualTo(3);

        form.quarterProperty().set(2);
        assertThat(List.of(form.textProperty().get(), form.noteProperty().get())).containsExactly("61", "半年报");
        assertThat(form.reportedOnProperty().get()).isEqualTo(LocalDate.of(2024, 7, 3));

        form.quarterProperty().set(3);
        assertThat(form.textProperty().get()).isEmpty();
        assertThat(form.reportedOnProperty().get()).isEqualTo(TODAY);
        assertThat(form.reportedSummary()).isEqualTo("二季度 61");
    }

    @Test
    void whatTheClerkTypedStaysWhenTheyChooseAnotherEmptyQuarter() {
        ActualForm form = new ActualForm(occupancy(2024), 2024, List.of(), TODAY);
        form.textProperty().set("65");

        form.quarterProperty().set(2);

        assertThat(form.textProperty().get()).isEqualTo("65");
    }

    @ParameterizedTest(name = "{0} against >63: {1}")
    @CsvSource(textBlock = """
            65,   MET,       实际 65，目标 >63
            60%,  NOT_MET,   实际 60%，目标 >63
            约六成, UNDECIDED, 实际值无法识别为数字
            """)
    void judgesWhatIsTypedAgainstTheYearsTarget(String typed, String verdict, String reason) {
        ActualForm form = new ActualForm(occupancy(2024), 2024, List.of(), TODAY);

        form.textProperty().set(typed);

        assertThat(form.judgementProperty().get()).isEqualTo(new Judgement(
                org.qiyouxiang.app.core.targets.Verdict.valueOf(verdict), reason));
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.targetMeaning()).isEqualTo("比较：>63");
    }

    static IndicatorRow occupancy(int year) {
        List<YearTarget> targets = List.of(new YearTarget(2023, null, null), new YearTarget(2024, null, ">63"),
                new YearTarget(2025, null, null), new YearTarget(2026, null, null), new YearTarget(2027, null, null));
        return new IndicatorRow(1, "幼有善育", "4", "托位使用率(%)", false, "%", "县卫健局", Direction.HIGHER, null,
                targets, year, year == 2024, null, Judgement.undecided("尚未填写实际值"), 1);
    }
}
