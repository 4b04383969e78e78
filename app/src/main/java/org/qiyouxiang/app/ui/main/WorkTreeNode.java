package org.qiyouxiang.app.ui.main;

import java.util.List;
import org.qiyouxiang.db.model.WorkItem;

/**
 * A node of the work tree: programme → year → area → kind → item. Plain data, built by
 * {@link WorkTree} and shown by the view; {@code count} is the number of items below.
 */
public record WorkTreeNode(Type type, String label, int count, Integer year, WorkItem item,
                           List<WorkTreeNode> children) {

    public enum Type { PROGRAMME, YEAR, AREA, KIND, ITEM }

    public WorkTreeNode {
        children = List.copyOf(children);
    }

    public boolean isItem() {
        return type == Type.ITEM;
    }
}
