package org.qiyouxiang.app.ui.main;

import java.util.List;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.db.model.WorkItem;

/**
 * A node of the work tree: programme → year → area → kind → item, and the area's indicators beside
 * its kinds. Plain data, built by {@link WorkTree} and shown by the view; {@code count} is the number
 * of items (or indicators) below.
 */
public record WorkTreeNode(Type type, String label, int count, Integer year, WorkItem item,
                           IndicatorRow indicator, List<WorkTreeNode> children) {

    public enum Type { PROGRAMME, YEAR, AREA, KIND, ITEM, INDICATORS, INDICATOR }

    public WorkTreeNode {
        children = List.copyOf(children);
    }

    public boolean isItem() {
        return type == Type.ITEM;
    }

    public boolean isIndicator() {
        return type == Type.INDICATOR;
    }

    /** A node with nothing below it: an item or an indicator. */
    public boolean isLeaf() {
        return isItem() || isIndicator();
    }
}
