package org.qiyouxiang.app.ui.main;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** Builds the tree the clerk navigates: programme → year → area → kind → item, each with its count. */
public final class WorkTree {

    private WorkTree() {
    }

    public static WorkTreeNode build(Programme programme, List<WorkList> years) {
        List<WorkTreeNode> yearNodes = new ArrayList<>();
        int total = 0;
        for (WorkList list : years) {
            yearNodes.add(year(list));
            total += list.items().size();
        }
        return new WorkTreeNode(WorkTreeNode.Type.PROGRAMME, programme.name(), total, null, null, yearNodes);
    }

    private static WorkTreeNode year(WorkList list) {
        List<WorkTreeNode> areas = new ArrayList<>();
        list.itemsByArea().forEach((area, items) -> areas.add(area(list.year(), area, items)));
        return new WorkTreeNode(WorkTreeNode.Type.YEAR, Messages.get("tree.year", list.year()), list.items().size(),
                list.year(), null, areas);
    }

    private static WorkTreeNode area(int year, String area, List<WorkItem> items) {
        Map<ItemKind, List<WorkTreeNode>> byKind = new EnumMap<>(ItemKind.class);
        for (WorkItem item : items) {
            byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(itemNode(year, item));
        }
        List<WorkTreeNode> kinds = new ArrayList<>();
        byKind.forEach((kind, nodes) -> kinds.add(new WorkTreeNode(WorkTreeNode.Type.KIND, ItemKinds.label(kind),
                nodes.size(), year, null, nodes)));
        return new WorkTreeNode(WorkTreeNode.Type.AREA, area, items.size(), year, null, kinds);
    }

    private static WorkTreeNode itemNode(int year, WorkItem item) {
        String label = item.number() == null ? item.name() : item.number() + "  " + item.name();
        return new WorkTreeNode(WorkTreeNode.Type.ITEM, label, 1, year, item, List.of());
    }
}
