package org.qiyouxiang.app.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lines drawn on paper are the lines the row heights counted. */
class TextLinesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            托位使用率托位,                 11,  '托位使用率|托位'
            'aaaa bbbbbb',                  11,  'aaaa|bbbbbb'
            abcdefghijabcdefghijab,         11,  'abcdefghij|abcdefghij|ab'
            '1.总结\\r\\n2.提炼',            11,  '1.总结|2.提炼'
            '',                             11,  ''
            托位使用率,                     11,  '托位使用率'
            'aaaaaaaaaa',                   11,  'aaaaaaaaaa'
            'aaaaaaaaaaa',                  11,  'aaaaaaaaaa|a'
            '短\n句',                      11,  '短|句'
            'ab ',                          11,  'ab'
            年度招生宣。,                   11,  '年度招生|宣。'
            力争达到“双一流”,               11,  '力争达到|“双一流”'
            '实施“强师计划”工程',           11,  '实施“强师|计划”工程'
            '实施海岛“强师计划”',           11,  '实施海岛|“强师计|划”'
            """)
    void wrapsAsItCounts(String text, double width, String lines) {
        String t = text.replace("\\r", "\r").replace("\\n", "\n");
        assertThat(String.join("|", TextLines.wrap(t, width))).isEqualTo(lines);
        assertThat(TextLines.lineCount(t, width)).isEqualTo(TextLines.wrap(t, width).size());
    }
}
