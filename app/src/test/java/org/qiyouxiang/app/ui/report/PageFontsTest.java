package org.qiyouxiang.app.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.report.PageShape.FontRole;

/** The faces the preview and the printer draw with, and the note when they are not the official ones. */
class PageFontsTest {

    @Test
    void windowsFacesAreUsedByTheirFamilyNamesWithoutANote() {
        PageFonts fonts = PageFonts.choose(List.of("Arial", "SimHei", "FangSong", "SimSun", "Microsoft YaHei"));

        assertThat(fonts.family(FontRole.TITLE)).isEqualTo("SimHei");
        assertThat(fonts.family(FontRole.HEADER)).isEqualTo("SimHei");
        assertThat(fonts.family(FontRole.BODY)).isEqualTo("FangSong");
        assertThat(fonts.note()).isEmpty();
    }

    @Test
    void theOfficeTitleFaceAndFangSongGb2312AreTakenWhenInstalled() {
        PageFonts fonts = PageFonts.choose(List.of("方正小标宋简体", "SimHei", "FangSong", "仿宋_GB2312"));

        assertThat(fonts.family(FontRole.TITLE)).isEqualTo("方正小标宋简体");
        assertThat(fonts.family(FontRole.BODY)).isEqualTo("仿宋_GB2312");
    }

    @Test
    void onLinuxAStandInDrawsEveryRoleAndTheNoteSaysSo() {
        PageFonts fonts = PageFonts.choose(List.of("DejaVu Sans", "WenQuanYi Zen Hei", "WenQuanYi Zen Hei Mono"));

        assertThat(fonts.family(FontRole.TITLE)).isEqualTo("WenQuanYi Zen Hei");
        assertThat(fonts.family(FontRole.BODY)).isEqualTo("WenQuanYi Zen Hei");
        assertThat(fonts.note()).hasValue("本机没有公文字体“仿宋”和“黑体”，预览和打印暂用“WenQuanYi Zen Hei”显示，"
                + "版式不变。在装有这些字体的电脑（Windows 自带）上会自动使用公文字体。");
    }

    @Test
    void aMissingBodyFaceAloneIsNamed() {
        PageFonts fonts = PageFonts.choose(List.of("SimHei", "Microsoft YaHei"));

        assertThat(fonts.family(FontRole.HEADER)).isEqualTo("SimHei");
        assertThat(fonts.family(FontRole.BODY)).isEqualTo("Microsoft YaHei");
        assertThat(fonts.note()).get().asString().startsWith("本机没有公文字体“仿宋”，");
    }
}
