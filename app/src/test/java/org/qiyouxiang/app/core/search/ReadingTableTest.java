package org.qiyouxiang.app.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import org.junit.jupiter.api.Test;

class ReadingTableTest {

    @Test
    void everyCharacterReadsAsPinyin4jsApiReadsIt() throws Exception {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        List<String> differences = new ArrayList<>();
        int withReadings = 0;
        for (char c = 0x80; c < 0xFFFF; c++) {
            String[] api = PinyinHelper.toHanyuPinyinStringArray(c, format);
            Set<String> expected = new LinkedHashSet<>();
            if (api != null) {
                for (String r : api) {
                    String plain = r.replaceAll("[^a-z]", "");
                    if (!plain.isEmpty()) {
                        expected.add(plain);
                        if (plain.contains("v")) {
                            expected.add(plain.replace('v', 'u'));
                        }
                    }
                }
            }
            List<String> ours = List.of(ReadingTable.readings(c));
            if (!ours.equals(new ArrayList<>(expected))) {
                differences.add(c + " " + ours + " " + expected);
            }
            if (!ours.isEmpty()) {
                withReadings++;
            }
        }
        assertThat(differences).isEmpty();
        assertThat(withReadings).isGreaterThan(20_000);
    }

    @Test
    void polyphonesAndUmlautsAreAllThere() {
        assertThat(ReadingTable.readings('行')).contains("xing", "hang");
        assertThat(ReadingTable.readings('绿')).containsExactly("lv", "lu");
        assertThat(ReadingTable.readings('〇')).containsExactly("ling");
        assertThat(ReadingTable.readings('の')).isEmpty();
    }

    @Test
    void aRecordIsReadAsPinyin4jFormatsIt() {
        assertThat(ReadingTable.parse("(lu:e4,lu:e3)", new java.util.HashMap<>())).containsExactly("lve", "lue");
        assertThat(ReadingTable.parse("(e^1,ai3)", new java.util.HashMap<>())).containsExactly("e", "ai");
        assertThat(ReadingTable.parse("none", new java.util.HashMap<>())).isEmpty();
    }
}
