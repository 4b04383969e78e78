package org.qiyouxiang.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameListsTest {

    @Test
    void splitsUnitsOnEnumerationComma() {
        assertThat(NameLists.split("县公共服务七优享工程工作专班办公室、县民政局、县住建局"))
                .containsExactly("县公共服务七优享工程工作专班办公室", "县民政局", "县住建局");
    }

    @Test
    void splitsPersonsOnSpacesIncludingFullWidth() {
        assertThat(NameLists.split("韩娜 陈海明\u3000孙政")).containsExactly("韩娜", "陈海明", "孙政");
    }

    @Test
    void splitsOnCommasAndSemicolonsOfBothWidths() {
        assertThat(NameLists.split("县卫健局，县医保局;县民政局,县残联；县总工会"))
                .containsExactly("县卫健局", "县医保局", "县民政局", "县残联", "县总工会");
    }

    @Test
    void emptyCellHasNoNames() {
        assertThat(NameLists.split("")).isEmpty();
        assertThat(NameLists.split(null)).isEmpty();
        assertThat(NameLists.split("  ")).isEmpty();
    }

    @Test
    void aliasesMapToTheKnownUnitOnce() {
        Map<String, String> known = Map.of("县卫生健康局", "县卫健局", "县卫健局", "县卫健局");

        List<String> units = NameLists.units("县卫生健康局、县卫健局、县医保局", known);

        assertThat(units).containsExactly("县卫健局", "县医保局");
    }
}
