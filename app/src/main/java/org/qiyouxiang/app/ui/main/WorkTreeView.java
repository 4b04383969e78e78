package org.qiyouxiang.app.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ObservableList;
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
            if (item == null && old != null && getSelectionModel().getSelectedIndex() >= 0) {
                // An area above the selection opened: JavaFX moves the selected row down before it knows
                // which item that row holds, and says "none" meanwhile. The item is the same; put it back.
                Platform.runLater(() -> {
                    if (getSelectionModel().getSelectedItem() == null && getRow(old) >= 0) {
                        getSelectionModel().select(old);
                    }
                });
                return;
            }
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

    private static TreeItem<WorkTreeNode> item(WorkTreeNode node, int depth) {
        return new NodeItem(node, depth);
    }

    /**
     * A node whose rows below are made when it is first opened or searched through: a city's 10,000 items
     * need no tree rows until their area is opened (about 400 bytes each, docs/benchmarks.md, Memory).
     * Programme and years open, the rest closed: the clerk sees the areas first.
     */
    private static final class NodeItem extends TreeItem<WorkTreeNode> {
        private final int depth;
        private boolean childrenMade;

        NodeItem(WorkTreeNode node, int depth) {
            super(node);
            this.depth = depth;
            setExpanded(depth < 2);
        }

        @Override
        public ObservableList<TreeItem<WorkTreeNode>> getChildren() {
            if (!childrenMade) {
                childrenMade = true;
                List<TreeItem<WorkTreeNode>> made = new ArrayList<>(getValue().children().size());
                getValue().children().forEach(child -> made.add(new NodeItem(child, depth + 1)));
                super.getChildren().setAll(made);
            }
            return super.getChildren();
        }

        @Override
        public boolean isLeaf() {
            return getValue().children().isEmpty();
        }
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

    /** The row of a node: its way down is found among the nodes, so only the rows on it are made. */
    private static TreeItem<WorkTreeNode> find(TreeItem<WorkTreeNode> root, WorkTreeNode node) {
        List<WorkTreeNode> way = new ArrayList<>();
        if (!wayDown(root.getValue(), node, way)) {
            return null;
        }
        TreeItem<WorkTreeNode> at = root;
        for (int i = way.size() - 2; i >= 0; i--) {
            WorkTreeNode next = way.get(i);
            at = at.getChildren().stream().filter(c -> c.getValue() == next).findFirst().orElse(null);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** Fills {@code way} with the node and its ancestors up to {@code from}, the node first. */
    private static boolean wayDown(WorkTreeNode from, WorkTreeNode node, List<WorkTreeNode> way) {
        if (from == node) {
            way.add(from);
            return true;
        }
        for (WorkTreeNode child : from.children()) {
            if (wayDown(child, node, way)) {
                way.add(from);
                return true;
            }
        }
        return false;
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
            setText(node.labelWithCount());
        }
    }
}
