package org.qiyouxiang.app.ui.main;

import java.util.Locale;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.qiyouxiang.app.core.Messages;

/** The left side: programme → year → area → kind → item, with counts; selection goes to the view model. */
final class WorkTreeView extends TreeView<WorkTreeNode> {

    private final MainViewModel viewModel;
    private boolean syncing;

    WorkTreeView(MainViewModel viewModel) {
        this.viewModel = viewModel;
        setId("workTree");
        getStyleClass().add("work-tree");
        setShowRoot(true);
        setCellFactory(tree -> new NodeCell());
        viewModel.treeProperty().addListener((obs, old, root) -> rebuild(root));
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing) {
                viewModel.selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        viewModel.selectedProperty().addListener((obs, old, node) -> selectNode(node));
        rebuild(viewModel.treeProperty().get());
    }

    private void rebuild(WorkTreeNode root) {
        syncing = true;
        try {
            setRoot(root == null ? null : item(root, 0));
        } finally {
            syncing = false;
        }
        selectNode(viewModel.selectedProperty().get());
    }

    /** Programme and years open, the rest closed: the clerk sees the areas first. */
    private static TreeItem<WorkTreeNode> item(WorkTreeNode node, int depth) {
        TreeItem<WorkTreeNode> item = new TreeItem<>(node);
        item.setExpanded(depth < 2);
        node.children().forEach(child -> item.getChildren().add(item(child, depth + 1)));
        return item;
    }

    private void selectNode(WorkTreeNode node) {
        if (node == null || getRoot() == null) {
            return;
        }
        TreeItem<WorkTreeNode> found = find(getRoot(), node);
        if (found != null && getSelectionModel().getSelectedItem() != found) {
            syncing = true;
            try {
                for (TreeItem<WorkTreeNode> p = found.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                getSelectionModel().select(found);
                scrollTo(Math.max(0, getRow(found) - 3));
            } finally {
                syncing = false;
            }
        }
    }

    private static TreeItem<WorkTreeNode> find(TreeItem<WorkTreeNode> from, WorkTreeNode node) {
        if (from.getValue() == node) {
            return from;
        }
        for (TreeItem<WorkTreeNode> child : from.getChildren()) {
            TreeItem<WorkTreeNode> found = find(child, node);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final class NodeCell extends TreeCell<WorkTreeNode> {
        @Override
        protected void updateItem(WorkTreeNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeIf(c -> c.startsWith("tree-node-"));
            if (empty || node == null) {
                setText(null);
                return;
            }
            getStyleClass().add("tree-node-" + node.type().name().toLowerCase(Locale.ROOT));
            setText(node.isLeaf() ? node.label() : Messages.get("tree.withCount", node.label(), node.count()));
        }
    }
}
