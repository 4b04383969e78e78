package org.qiyouxiang.app.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormKeyTest {

    @Test
    void readsBackTheKeyItWrote() {
        FormKey key = new FormKey(2024, 2, 1234);
        assertThat(key.text()).matches("QYX-2024-2-1234-[0-9A-F]{6}");
        assertThat(FormKey.parse(key.text())).contains(key);
        assertThat(FormKey.parse(" " + key.text().toLowerCase() + " ")).contains(key);
    }

    @Test
    void refusesAKeyWhoseNumbersWereChanged() {
        String text = new FormKey(2024, 2, 1234).text();
        assertThat(FormKey.parse(text.replace("-1234-", "-1235-"))).isEmpty();
        assertThat(FormKey.parse(text.replace("2024-2", "2024-3"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            县卫健局_2024年二季度进展填报表,  县卫健局_2024年二季度进展填报表
            'a/b\\\\c:d*e?f"g<h>i|j',          a_b_c_d_e_f_g_h_i_j
            'CON',                              _CON
            'name. ',                           name
            """)
    void makesFileNamesWindowsAccepts(String name, String safe) {
        assertThat(FileNames.safe(name.replace("\\\\", "\\"))).isEqualTo(safe);
    }
}
