package org.qiyouxiang.app.ui.main;

import java.util.List;
import org.qiyouxiang.app.core.Messages;
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

    /**
     * An area that holds key indicators and no item of the work list (民生实事 of the key-indicator table): its
     * count is of indicators, and says so, so that the areas' item counts add up to the year's.
     */
    public boolean holdsIndicatorsOnly() {
        return type == Type.AREA && !children.isEmpty()
                && children.stream().allMatch(child -> child.type == Type.INDICATORS);
    }

    /** As the tree and the group pages show it: 幼有善育（10）, 民生实事（指标 1）, an item's own label. */
    public String labelWithCount() {
        if (isLeaf()) {
            return label;
        }
        return Messages.get(holdsIndicatorsOnly() ? "tree.withIndicatorCount" : "tree.withCount", label, count);
    }
}
