package org.qiyouxiang.app.core.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkListColumnTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            专项名称,            AREA
            领域,                AREA
            序号,                NUMBER
            类别,                KIND
            '类  型',            KIND
            名称,                NAME
            事项名称,            NAME
            工作时序,            SCHEDULE
            时间节点,            SCHEDULE
            '进度安排（季度）',  SCHEDULE
            一季度,              QUARTER
            6月底,               QUARTER
            牵头单位,            UNITS
            '牵头单位（部门）',  UNITS
            责任单位,            UNITS
            责任人,              PERSONS
            联系人,              PERSONS
            """)
    void recognisesHeaderWordsAndTheirSynonyms(String header, WorkListColumn role) {
        assertThat(WorkListColumn.recognise(header)).hasValue(role);
    }

    @ParameterizedTest
    @ValueSource(strings = {"备注", "配合单位", "完成情况", "", "2024年"})
    void otherHeadersHaveNoRole(String header) {
        assertThat(WorkListColumn.recognise(header)).isEmpty();
    }
}
