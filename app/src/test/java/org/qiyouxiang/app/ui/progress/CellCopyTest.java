package org.qiyouxiang.app.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.progress.PasteBlock;

/** Copied cells read back as they were, in Excel, in WPS and when pasted into the table again. */
class CellCopyTest {

    @Test
    void cellsWithLineBreaksTabsOrQuotesAreQuotedAsExcelDoes() {
        List<List<String>> block = List.of(
                List.of("已完成", "场地不足\n资金缺口"),
                List.of("“十四五”规划", "他说\"好\""),
                List.of("", "a\tb"));

        String text = CellCopy.tsv(block);

        assertThat(text).isEqualTo("已完成\t\"场地不足\n资金缺口\"\r\n“十四五”规划\t\"他说\"\"好\"\"\"\r\n\t\"a\tb\"\r\n");
        assertThat(PasteBlock.parseClipboard(text)).isEqualTo(block);
    }
}
