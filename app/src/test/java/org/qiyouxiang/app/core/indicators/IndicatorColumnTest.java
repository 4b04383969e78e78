package org.qiyouxiang.app.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorColumnTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2022年          | 2022
            2022            | 2022
            2022 年         | 2022
            2022年（基期）  | 2022
            基期(2022年)    | 2022
            2024年目标值    | 2024
            2024年度目标    | 2024
            """)
    void recognisesYearColumns(String header, int year) {
        assertThat(IndicatorColumn.yearOf(header)).isEqualTo(OptionalInt.of(year));
        assertThat(IndicatorColumn.recognise(header)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024年实际值", "2023—2027年", "表 2024年嵊泗县公共服务“七优享”工程重点指标", "指标", "1999年"})
    void otherTextsAreNoYearColumns(String header) {
        assertThat(IndicatorColumn.yearOf(header)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            领域              | AREA
            类  别            | AREA
            序号              | NUMBER
            指标              | NAME
            指标名称（单位）  | NAME
            *指标             | NAME
            完成值            | VALUE
            目标值            | VALUE
            年度目标          | VALUE
            牵头单位          | LEAD_UNIT
            责任单位（部门）  | LEAD_UNIT
            """)
    void recognisesRolesByTheirWords(String header, IndicatorColumn role) {
        assertThat(IndicatorColumn.recognise(header)).contains(role);
    }
}
