package org.qiyouxiang.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiyouxiang.db.model.ItemKind;

class ItemKindsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            重点指标,      KEY_INDICATOR
            '重点\n指标',  KEY_INDICATOR
            指标,          KEY_INDICATOR
            重点任务,      KEY_TASK
            ' 重点 任务 ', KEY_TASK
            民生实事,      LIVELIHOOD
            实事,          LIVELIHOOD
            """)
    void recognisesTheWordsOfficesWrite(String written, ItemKind kind) {
        assertThat(ItemKinds.recognise(written.replace("\\n", "\n"))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "备注", "其他"})
    void doesNotGuessAnUnknownKind(String written) {
        assertThat(ItemKinds.recognise(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            KEY_INDICATOR, 重点指标
            KEY_TASK,      重点任务
            LIVELIHOOD,    民生实事
            """)
    void labelsAreTheOfficialNames(ItemKind kind, String label) {
        assertThat(ItemKinds.label(kind)).isEqualTo(label);
    }
}
