package org.qiyouxiang.app.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistinctTextsTest {

    @Test
    void aTextSeenAgainKeepsItsNumberWhileTheTableGrows() {
        DistinctTexts texts = new DistinctTexts();
        int first = texts.numberOf("县卫健局");
        for (int i = 0; i < 5_000; i++) {
            assertThat(texts.numberOf("第" + i + "项")).isEqualTo(i + 1);
        }
        assertThat(texts.numberOf(new String("县卫健局"))).isEqualTo(first);
        assertThat(texts.numberOf("第4321项")).isEqualTo(4322);
        assertThat(texts.size()).isEqualTo(5_001);
        assertThat(texts.text(4322)).isEqualTo("第4321项");
    }

    @Test
    void lettersAreThoseTheReadingsStartWith() {
        DistinctTexts texts = new DistinctTexts();
        int n = texts.numberOf("银行");
        int expected = Pinyin.letterBit('y') | Pinyin.letterBit('x') | Pinyin.letterBit('h');
        assertThat(texts.letters(n) & expected).isEqualTo(expected);
        assertThat(texts.letters(n) & Pinyin.letterBit('q')).isZero();
    }

    @Test
    void aTextAddedAfterTheTableWasTrimmedIsKept() {
        DistinctTexts texts = new DistinctTexts();
        texts.numberOf("甲");
        texts.trim();
        assertThat(texts.numberOf("乙")).isEqualTo(1);
        assertThat(texts.numberOf("甲")).isZero();
        DistinctTexts empty = new DistinctTexts();
        empty.trim();
        assertThat(empty.numberOf("丙")).isZero();
        assertThat(empty.text(0)).isEqualTo("丙");
    }
}
