package org.qiyouxiang.app.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The year the indicator table opens on. */
class IndicatorYearsTest {

    static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026, 2027);

    @ParameterizedTest(name = "in {0}, actuals in [{1}], key tables in [{2}]: {3}")
    @CsvSource(textBlock = """
            2026, '',         '2024',      2024
            2026, '2024',     '2024 2025', 2024
            2026, '',         '2024 2026', 2026
            2026, '2026',     '',          2026
            2025, '2023 2024', '2025',     2025
            2026, '',         '',          2026
            2031, '',         '',          2027
            2020, '',         '',          2023
            """)
    void thisYearWithDataElseTheLatestWithActualsElseWithAKeyTable(int thisYear, String actuals, String keyTables,
                                                                   int shown) {
        assertThat(IndicatorYears.defaultYear(YEARS, years(actuals), years(keyTables), thisYear)).isEqualTo(shown);
    }

    private static Set<Integer> years(String list) {
        return Arrays.stream(list.split(" ")).filter(s -> !s.isBlank()).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
