package org.qiyouxiang.app.core.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ideographs 10 px, everything else 5 px. */
class LineBreakerTest {

    private final GlyphWidths glyphs = GlyphWidths.fixed(10);

    @Test
    void chineseBreaksBetweenAnyTwoIdeographs() {
        assertThat(LineBreaker.wrap("全面实施托育服务发展规划", 50, glyphs, 6))
                .containsExactly("全面实施托", "育服务发展", "规划");
    }

    @Test
    void numbersStayWhole() {
        assertThat(LineBreaker.wrap("覆盖率不低于26.25%。", 80, glyphs, 6))
                .containsExactly("覆盖率不低于", "26.25%。");
    }

    @Test
    void closingPunctuationDoesNotStartALine() {
        assertThat(LineBreaker.wrap("加强指导，提升质量", 40, glyphs, 6))
                .containsExactly("加强指", "导，提升", "质量");
    }

    @Test
    void openingPunctuationDoesNotEndALine() {
        assertThat(LineBreaker.wrap("做好《规划》工作", 30, glyphs, 6)).first().isEqualTo("做好");
        assertThat(LineBreaker.wrap("做好《规划》工作", 30, glyphs, 6)).noneMatch(l -> l.startsWith("》"));
    }

    @Test
    void latinWordsBreakAtSpaces() {
        assertThat(LineBreaker.wrap("open the quarter report", 60, glyphs, 6))
                .containsExactly("open the", "quarter", "report");
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        assertThat(LineBreaker.wrap("ABCDEFGHIJ", 20, glyphs, 6)).containsExactly("ABCD", "EFGH", "IJ");
    }

    @Test
    void lineBreaksInTheCellAreKept() {
        assertThat(LineBreaker.wrap("一、建设\n二、运营", 200, glyphs, 6)).containsExactly("一、建设", "二、运营");
    }

    @Test
    void textBeyondTheLastLineEndsInAnEllipsis() {
        assertThat(LineBreaker.wrap("一二三四五六七八九十", 30, glyphs, 2)).containsExactly("一二三", "四五…");
    }

    @Test
    void aOneLineCellIsCutWithAnEllipsis() {
        assertThat(LineBreaker.fit("县公共服务一体化工作领导小组办公室", 50, glyphs)).isEqualTo("县公共服…");
        assertThat(LineBreaker.fit("县民政局", 50, glyphs)).isEqualTo("县民政局");
    }

    @Test
    void emptyTextsHaveNoLines() {
        assertThat(LineBreaker.wrap("  ", 50, glyphs, 3)).isEmpty();
        assertThat(LineBreaker.count(null, 50, glyphs, 3)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "全面实施《浙江省“十四五”托育服务发展规划》，推进“5+X”托育服务。",
            "依托“浙江省公共资源设施运营系统”，指导各部门做好公共服务设施资源的动态更新工作，实现资源数据应报尽报。",
            "落实工作要求，累计开展职业教育培训 50 人次。",
            "完成新增计划数量的 100%，按要求开展培训、参训人员取得红十字救护员证。",
            "/",
            "a\nb\n\nc"})
    void countingAgreesWithWrapping(String text) {
        for (double width : List.of(20.0, 45.0, 80.0, 150.0, 400.0)) {
            for (int max = 1; max <= 6; max++) {
                assertThat(LineBreaker.count(text, width, glyphs, max))
                        .as("%s at %s px, %s lines", text, width, max)
                        .isEqualTo(LineBreaker.wrap(text, width, glyphs, max).size());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {30, 55, 90, 182})
    void everyWrappedLineFitsItsWidth(double width) {
        String text = "推动浙江大学医学院附属儿童医院优质妇女儿童医疗服务资源对县人民医院和县妇计中心的下沉帮扶。";
        assertThat(LineBreaker.wrap(text, width, glyphs, 20))
                .allSatisfy(line -> assertThat(LineBreaker.width(line, glyphs)).isLessThanOrEqualTo(width));
    }
}
