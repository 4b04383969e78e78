package org.qiyouxiang.app.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.app.core.targets.Verdict;
import org.qiyouxiang.db.model.Status;

/** Which of an item's statuses and its indicator's judgements give the report two answers. */
class IndicatorConsistencyTest {

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(textBlock = """
            DONE,      NOT_MET,   true
            DONE,      MET,       false
            DONE,      UNDECIDED, false
            LAGGING,   MET,       true
            NOT_DUE,   MET,       true
            LAGGING,   NOT_MET,   false
            ON_TRACK,  MET,       false
            ON_TRACK,  NOT_MET,   false
            NO_PLAN,   MET,       false
            """)
    void anItemAndItsIndicatorContradictOnlyWhenDoneMeetsNotMetOrLaggingMeetsMet(Status status, Verdict verdict,
                                                                                 boolean contradict) {
        assertThat(IndicatorConsistency.contradict(status, verdict)).isEqualTo(contradict);
    }
}
