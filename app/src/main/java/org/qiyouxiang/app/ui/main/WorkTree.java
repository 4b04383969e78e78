package org.qiyouxiang.app.ui.main;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * Builds the tree the clerk navigates: programme → year → area → kind → item, each with its count, and
 * under each area the indicators that have a target that year.
 */
public final class WorkTree {

    private WorkTree() {
    }

    public static WorkTreeNode build(Programme programme, List<WorkList> years) {
        return build(programme, years, Map.of());
    }

    /** @param indicators per year, the indicators as the indicator table shows them for that year */
    public static WorkTreeNode build(Programme programme, List<WorkList> years,
                                     Map<Integer, List<IndicatorRow>> indicators) {
        List<WorkTreeNode> yearNodes = new ArrayList<>();
        int total = 0;
        for (WorkList list : years) {
            yearNodes.add(year(list, indicators.getOrDefault(list.year(), List.of())));
            total += list.items().size();
        }
        return node(WorkTreeNode.Type.PROGRAMME, programme.name(), total, null, yearNodes);
    }

    private static WorkTreeNode year(WorkList list, List<IndicatorRow> indicators) {
        Map<String, List<IndicatorRow>> indicatorsByArea = new LinkedHashMap<>();
        for (IndicatorRow row : indicators) {
            if (row.keyIndicator() || !row.targetText(list.year()).isBlank()) {
                indicatorsByArea.computeIfAbsent(row.area() == null ? "" : row.area(), a -> new ArrayList<>()).add(row);
            }
        }
        List<WorkTreeNode> areas = new ArrayList<>();
        Map<String, List<WorkItem>> itemsByArea = list.itemsByArea();
        itemsByArea.forEach((area, items) -> areas.add(area(list.year(), area, items,
                indicatorsByArea.getOrDefault(area, List.of()))));
        // Areas with indicators only (民生实事, 重大项目 of the key-indicator table) come after the list's own.
        indicatorsByArea.forEach((area, rows) -> {
            if (!itemsByArea.containsKey(area)) {
                areas.add(area(list.year(), area, List.of(), rows));
            }
        });
        return node(WorkTreeNode.Type.YEAR, Messages.get("tree.year", list.year()), list.items().size(),
                list.year(), areas);
    }

    private static WorkTreeNode area(int year, String area, List<WorkItem> items, List<IndicatorRow> indicators) {
        Map<ItemKind, List<WorkTreeNode>> byKind = new EnumMap<>(ItemKind.class);
        for (WorkItem item : items) {
            byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(itemNode(year, item));
        }
        List<WorkTreeNode> children = new ArrayList<>();
        byKind.forEach((kind, nodes) -> children.add(node(WorkTreeNode.Type.KIND, ItemKinds.label(kind),
                nodes.size(), year, nodes)));
        if (!indicators.isEmpty()) {
            List<WorkTreeNode> leaves = indicators.stream().map(row -> indicatorNode(year, row)).toList();
            children.add(node(WorkTreeNode.Type.INDICATORS, Messages.get("tree.indicators"), leaves.size(), year,
                    leaves));
        }
        // An area of indicators only (民生实事 of the key-indicator table) counts its indicators.
        int count = items.isEmpty() ? indicators.size() : items.size();
        return node(WorkTreeNode.Type.AREA, area, count, year, children);
    }

    private static WorkTreeNode itemNode(int year, WorkItem item) {
        String label = item.number() == null ? item.name() : item.number() + "  " + item.name();
        return new WorkTreeNode(WorkTreeNode.Type.ITEM, label, 1, year, item, null, List.of());
    }

    private static WorkTreeNode indicatorNode(int year, IndicatorRow row) {
        String label = (row.core() ? Messages.get("indicator.coreMark") : "") + row.name();
        return new WorkTreeNode(WorkTreeNode.Type.INDICATOR, label, 1, year, null, row, List.of());
    }

    private static WorkTreeNode node(WorkTreeNode.Type type, String label, int count, Integer year,
                                     List<WorkTreeNode> children) {
        return new WorkTreeNode(type, label, count, year, null, null, children);
    }

    /**
     * The node of a rebuilt tree that stands where {@code node} stood in the old one (same labels from the
     * root down), or the nearest ancestor that is still there; null when not even the root matches.
     */
    public static WorkTreeNode sameNode(WorkTreeNode oldRoot, WorkTreeNode node, WorkTreeNode newRoot) {
        List<String> path = new ArrayList<>();
        if (!pathTo(oldRoot, node, path)) {
            return null;
        }
        WorkTreeNode found = newRoot.label().equals(path.get(0)) ? newRoot : null;
        for (int i = 1; found != null && i < path.size(); i++) {
            String label = path.get(i);
            WorkTreeNode child = found.children().stream().filter(c -> c.label().equals(label)).findFirst().orElse(null);
            if (child == null) {
                break;
            }
            found = child;
        }
        return found;
    }

    private static boolean pathTo(WorkTreeNode from, WorkTreeNode node, List<String> path) {
        path.add(from.label());
        if (from == node) {
            return true;
        }
        for (WorkTreeNode child : from.children()) {
            if (pathTo(child, node, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }
}
