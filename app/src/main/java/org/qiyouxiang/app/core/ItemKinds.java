package org.qiyouxiang.app.core;

import java.util.Optional;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.WorkItem;

/** Recognises a work item's kind from the words offices write in the 类型 column. */
public final class ItemKinds {

    private ItemKinds() {
    }

    /** 重点指标 / 指标, 重点任务 / 任务, 民生实事 / 实事; white space inside is ignored. */
    public static Optional<ItemKind> recognise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replaceAll("\\s+", "");
        if (t.contains("指标")) {
            return Optional.of(ItemKind.KEY_INDICATOR);
        }
        if (t.contains("任务")) {
            return Optional.of(ItemKind.KEY_TASK);
        }
        if (t.contains("实事") || t.contains("民生")) {
            return Optional.of(ItemKind.LIVELIHOOD);
        }
        return Optional.empty();
    }

    /** The official name, e.g. 重点任务. */
    public static String label(ItemKind kind) {
        return Messages.get("kind." + kind.name());
    }

    /** What an item's 类型 cell says: the office's own words where the list had them, else the official name. */
    public static String text(WorkItem item) {
        if (item.kindText() != null) {
            return item.kindText();
        }
        return item.kind() == null ? null : label(item.kind());
    }
}
