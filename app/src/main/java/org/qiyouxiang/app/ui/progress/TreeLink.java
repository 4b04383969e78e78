package org.qiyouxiang.app.ui.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.ui.main.MainViewModel;
import org.qiyouxiang.app.ui.main.WorkTreeNode;

/**
 * What the progress table takes from the work tree: the years there are, and each item's node, so that
 * selecting a line selects the item in the tree (and the item pane shows it) and the other way round.
 */
final class TreeLink {

    private final MainViewModel main;
    private final Map<Long, WorkTreeNode> items = new HashMap<>();

    TreeLink(MainViewModel main) {
        this.main = main;
    }

    /** Takes in a new tree; returns its years, oldest first. */
    List<Integer> read(WorkTreeNode root) {
        items.clear();
        List<Integer> years = new ArrayList<>();
        if (root != null) {
            root.children().forEach(yearNode -> years.add(yearNode.year()));
            collect(root);
        }
        return years;
    }

    private void collect(WorkTreeNode node) {
        if (node.isItem() && node.item().id() != null) {
            items.put(node.item().id(), node);
        }
        node.children().forEach(this::collect);
    }

    /** This year's list when there is one, else the newest. */
    static Integer defaultYear(List<Integer> years, LocalDate today) {
        if (years.isEmpty()) {
            return null;
        }
        return years.contains(today.getYear()) ? today.getYear() : years.get(years.size() - 1);
    }

    /** Selects the item's node in the tree, unless it is selected already. */
    void select(Long itemId) {
        WorkTreeNode node = itemId == null ? null : items.get(itemId);
        if (node != null && main.selectedProperty().get() != node) {
            main.selectedProperty().set(node);
        }
    }

    /** The item a tree node stands for, or null for a year, an area, a kind or an indicator. */
    static Long itemOf(WorkTreeNode node) {
        return node == null || !node.isItem() ? null : node.item().id();
    }
}
