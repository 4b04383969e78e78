package org.qiyouxiang.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiyouxiang.db.model.Quarter;

class QuartersTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            一季度,    1
            第二季度,  2
            3季度,     3
            Q4,        4
            q1,        1
            '四 季 度', 4
            3月底,     1
            6月末,     2
            7-9月,     3
            截至12月底, 4
            """)
    void recognisesQuarterHeaders(String header, int quarter) {
        assertThat(Quarters.recognise(header)).hasValue(quarter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"工作时序", "五季度", "季度", "2024年", "5月底", "1-6月"})
    void otherHeadersAreNoQuarter(String header) {
        assertThat(Quarters.recognise(header)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-01-01, 1
            2024-03-31, 1
            2024-04-01, 2
            2024-09-30, 3
            2024-10-01, 4
            2024-12-31, 4
            """)
    void quarterOfADateFollowsTheCalendar(LocalDate date, int quarter) {
        assertThat(Quarter.of(date)).isEqualTo(new Quarter(date.getYear(), quarter));
    }

    @Test
    void quartersRunAcrossYears() {
        assertThat(new Quarter(2024, 4).next()).isEqualTo(new Quarter(2025, 1));
        assertThat(new Quarter(2025, 1).index() - new Quarter(2023, 1).index()).isEqualTo(8);
        assertThat(new Quarter(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void labelsAreChinese() {
        assertThat(Quarters.label(1)).isEqualTo("一季度");
        assertThat(Quarters.label(4)).isEqualTo("四季度");
    }
}
