package org.qiyouxiang.app.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.db.model.ProgressField;

class PasteBlockTest {

    @Test
    void clipboardOfExcelKeepsLineBreaksInsideQuotedCells() {
        String clipboard = "甲\t\"第一行\n第二行\"\t70%\r\n乙\t\"说“好”\"\"了\"\"\"\t\r\n";

        assertThat(PasteBlock.parseClipboard(clipboard)).isEqualTo(List.of(
                List.of("甲", "第一行\n第二行", "70%"),
                List.of("乙", "说“好”\"了\"", "")));
    }

    @Test
    void pastedBlockBecomesOneChangeSetOrItsProblems() {
        ProgressBook book = ProgressBook.of(ProgressFixtures.list(), List.of(), Map.of());
        List<QuarterRow> rows = book.rows(2, LocalDate.of(2024, 7, 10));
        List<ProgressField> columns = List.of(ProgressField.DONE_TEXT, ProgressField.PERCENT);

        PasteBlock.Result ok = PasteBlock.paste(rows, 1, columns, List.of(List.of("主体完工", "80"), List.of("81%", "")));
        PasteBlock.Result wrong = PasteBlock.paste(rows, 1, columns, List.of(List.of("主体完工", "八十"), List.of("a", "b", "c")));

        assertThat(ok).isEqualTo(new PasteBlock.Result(ChangeSet.paste(List.of(
                new Change(12, 2, ProgressField.DONE_TEXT, null, "主体完工"),
                new Change(12, 2, ProgressField.PERCENT, null, new BigDecimal("80")),
                new Change(13, 2, ProgressField.DONE_TEXT, null, "81%"))), List.of()));
        assertThat(wrong.problems()).containsExactly(
                "第 1 行“完成进度”：“八十”不是 0 到 100 之间的百分数",
                "第 2 行“完成进度”：“b”不是 0 到 100 之间的百分数", "粘贴的 3 列超出可填写的 2 列");
        assertThat(wrong.changes().isEmpty()).isTrue();
    }

}
