package org.qiyouxiang.app.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;

class ChangeSetTest {

    private final Change text = new Change(11, 2, ProgressField.DONE_TEXT, null, "累计帮扶 25 人次");
    private final Change percent = new Change(11, 2, ProgressField.PERCENT, new BigDecimal("60"), new BigDecimal("83.25"));

    @Test
    void inverseUndoesLastChangeFirst() {
        ChangeSet paste = ChangeSet.paste(List.of(text, percent));

        assertThat(paste.inverse()).isEqualTo(new ChangeSet(ChangeSet.Action.UNDO, List.of(
                new Change(11, 2, ProgressField.PERCENT, new BigDecimal("83.3"), new BigDecimal("60")),
                new Change(11, 2, ProgressField.DONE_TEXT, "累计帮扶 25 人次", null))));
    }

    @Test
    void inverseOfAnUndoIsARedoOfTheSameChanges() {
        ChangeSet edit = ChangeSet.edit(text);

        assertThat(edit.inverse().inverse()).isEqualTo(new ChangeSet(ChangeSet.Action.REDO, List.of(text)));
    }

    @Test
    void blankTextIsEmptyAndNoStatusIsNone() {
        Change change = new Change(11, 2, ProgressField.STATUS, null, StatusChoice.overridden(Status.DONE, " 已验收 "));

        assertThat(change.before()).isEqualTo(StatusChoice.NONE);
        assertThat(((StatusChoice) change.after()).reason()).isEqualTo("已验收");
        assertThat(new Change(11, 2, ProgressField.PROBLEMS, "  ", null).isNoOp()).isTrue();
    }

    @Test
    void changeOfTheStoredValueStartsFromIt() {
        QuarterProgress stored = new QuarterProgress(11, 2, "原文", StatusChoice.NONE, null, null, null, null);

        assertThat(Change.of(stored, ProgressField.DONE_TEXT, "新文"))
                .isEqualTo(new Change(11, 2, ProgressField.DONE_TEXT, "原文", "新文"));
    }
}
