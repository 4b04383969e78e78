package org.qiyouxiang.app.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;

class CellValuesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "|", nullValues = "∅", textBlock = """
            70       | 70
            70%      | 70
            ７０．５％ | 70.5
            83.25    | 83.3
            0        | 0
            100      | 100
            ''       | ∅
            """)
    void readsAPercentage(String text, BigDecimal expected) {
        CellValues.Parsed parsed = CellValues.parse(ProgressField.PERCENT, text, null);

        assertThat(parsed).isEqualTo(new CellValues.Parsed(expected, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            七十 | “七十”不是 0 到 100 之间的百分数
            120  | “120”不是 0 到 100 之间的百分数
            -5   | “-5”不是 0 到 100 之间的百分数
            """)
    void refusesWhatIsNoPercentage(String text, String problem) {
        assertThat(CellValues.parse(ProgressField.PERCENT, text, null)).isEqualTo(new CellValues.Parsed(null, problem));
    }

    @ParameterizedTest(name = "{0} with {1} proposed")
    @CsvSource(delimiterString = "|", nullValues = "∅", textBlock = """
            滞后   | LAGGING  | LAGGING  | false
            滞后   | ON_TRACK | LAGGING  | true
            已完成 | ∅        | DONE     | true
            完成   | DONE     | DONE     | false
            推进中 | ON_TRACK | ON_TRACK | false
            """)
    void statusConfirmsTheProposalOrOverridesIt(String text, Status proposed, Status status, boolean overridden) {
        assertThat(CellValues.parse(ProgressField.STATUS, text, proposed).value())
                .isEqualTo(new StatusChoice(status, overridden, null));
    }

    @Test
    void formatsForCopying() {
        assertThat(CellValues.format(ProgressField.PERCENT, new BigDecimal("70.0"))).isEqualTo("70");
        assertThat(CellValues.format(ProgressField.STATUS, StatusChoice.overridden(Status.LAGGING, "x"))).isEqualTo("滞后");
        assertThat(CellValues.format(ProgressField.STATUS, StatusChoice.NONE)).isEmpty();
    }
}
