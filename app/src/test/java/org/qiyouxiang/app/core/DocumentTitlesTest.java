package org.qiyouxiang.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTitlesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024年嵊泗县公共服务“七优享”工程工作清单,   2024
            表 2024年嵊泗县公共服务“七优享”工程重点指标, 2024
            附件2 2025 年度工作清单,                      2025
            清单-2026.xlsx,                               2026
            """)
    void findsTheYear(String title, int year) {
        assertThat(DocumentTitles.year(title)).hasValue(year);
    }

    @Test
    void noYearInAPlainTitle() {
        assertThat(DocumentTitles.year("公共服务工作清单")).isEmpty();
        assertThat(DocumentTitles.year(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024年嵊泗县公共服务“七优享”工程工作清单, 嵊泗县
            嵊泗县公共服务“七优享”五年目标,            嵊泗县
            2025年度定海区公共服务七优享工程工作清单,  定海区
            """)
    void findsTheCounty(String title, String county) {
        assertThat(DocumentTitles.county(title)).hasValue(county);
    }
}
