package org.qiyouxiang.app.ui.main;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.ui.Viewports;
import org.qiyouxiang.app.ui.indicators.IndicatorCard;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;

/**
 * The right side of the window: the selected work item with its facts and its milestones laid out by
 * quarter (a milestone spanning quarters spans their columns), or a summary of the selected group.
 */
final class ItemPane extends ScrollPane {

    private final VBox content = new VBox(12);
    private final Consumer<WorkTreeNode> open;
    private final BiFunction<WorkItem, Integer, Node> below;

    /**
     * @param open  selects a node, when the clerk clicks an entry of a group's summary
     * @param below what an item shows under its milestones (its progress quarter by quarter), given the item and year
     */
    ItemPane(Consumer<WorkTreeNode> open, BiFunction<WorkItem, Integer, Node> below) {
        this.open = open;
        this.below = below;
        setId("itemPane");
        getStyleClass().add("item-pane");
        Viewports.drawDirectly(this);
        setFitToWidth(true);
        content.setPadding(new Insets(20, 24, 24, 24));
        setContent(content);
        show(null);
    }

    void show(WorkTreeNode node) {
        content.getChildren().clear();
        if (node == null) {
            content.getChildren().add(placeholder(Messages.get("item.choose")));
        } else if (node.isItem()) {
            showItem(node.item());
            content.getChildren().add(below.apply(node.item(), node.year()));
        } else if (node.isIndicator()) {
            content.getChildren().add(new IndicatorCard(node.indicator()));
        } else {
            showGroup(node);
        }
    }

    private void showItem(WorkItem item) {
        Label path = new Label(Messages.get("item.path", item.area(), ItemKinds.label(item.kind()),
                item.number() == null ? "" : item.number()));
        path.getStyleClass().add("item-path");
        Label name = new Label(item.name());
        name.setId("itemName");
        name.getStyleClass().add("item-name");
        name.setWrapText(true);
        GridPane facts = new GridPane();
        facts.getStyleClass().add("item-facts");
        addFact(facts, 0, Messages.get("item.units"), String.join("、", item.units()), "itemUnits");
        addFact(facts, 1, Messages.get("item.persons"), String.join("、", item.persons()), "itemPersons");
        Label scheduleTitle = new Label(Messages.get("item.schedule"));
        scheduleTitle.getStyleClass().add("section-title");
        content.getChildren().addAll(path, name, facts, scheduleTitle, schedule(item));
    }

    private static void addFact(GridPane facts, int row, String label, String value, String id) {
        Label key = new Label(label);
        key.getStyleClass().add("fact-label");
        Label text = new Label(value.isEmpty() ? Messages.get("item.none") : value);
        text.setId(id);
        text.setWrapText(true);
        facts.addRow(row, key, text);
    }

    /** One row per line of the item, one column per quarter. */
    private static GridPane schedule(WorkItem item) {
        GridPane grid = new GridPane();
        grid.setId("schedule");
        grid.getStyleClass().add("schedule-grid");
        boolean lineLabels = item.lines().size() > 1;
        int first = lineLabels ? 1 : 0;
        if (lineLabels) {
            ColumnConstraints labelColumn = new ColumnConstraints(100, 120, 160);
            grid.getColumnConstraints().add(labelColumn);
        }
        for (int q = 1; q <= 4; q++) {
            ColumnConstraints column = new ColumnConstraints();
            // Same preferred width for every quarter, so that growing shares the space equally.
            column.setPrefWidth(160);
            column.setMinWidth(100);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            Label header = new Label(Quarters.label(q));
            header.getStyleClass().add("quarter-header");
            header.setMaxWidth(Double.MAX_VALUE);
            grid.add(header, first + q - 1, 0);
        }
        List<ItemLine> lines = item.lines();
        for (int i = 0; i < lines.size(); i++) {
            ItemLine line = lines.get(i);
            int row = i + 1;
            if (lineLabels) {
                grid.add(lineLabel(i, line), 0, row);
            }
            boolean[] covered = new boolean[5];
            for (Milestone milestone : line.milestones()) {
                Node cell = milestoneCell(i, milestone);
                grid.add(cell, first + milestone.fromQuarter() - 1, row,
                        milestone.toQuarter() - milestone.fromQuarter() + 1, 1);
                for (int q = milestone.fromQuarter(); q <= milestone.toQuarter(); q++) {
                    covered[q] = true;
                }
            }
            for (int q = 1; q <= 4; q++) {
                if (!covered[q]) {
                    Region empty = new Region();
                    empty.getStyleClass().add("milestone-empty");
                    grid.add(empty, first + q - 1, row);
                }
            }
        }
        return grid;
    }

    private static Node lineLabel(int index, ItemLine line) {
        VBox box = new VBox(2);
        box.getStyleClass().add("line-label");
        Label number = new Label(Messages.get("item.line", index + 1));
        number.getStyleClass().add("line-number");
        box.getChildren().add(number);
        if (line.ownName() != null) {
            Label own = new Label(line.ownName());
            own.setWrapText(true);
            box.getChildren().add(own);
        }
        if (!line.units().isEmpty()) {
            Label units = new Label(String.join("、", line.units()));
            units.getStyleClass().add("line-units");
            units.setWrapText(true);
            box.getChildren().add(units);
        }
        return box;
    }

    private static Node milestoneCell(int line, Milestone milestone) {
        VBox cell = new VBox(4);
        cell.getStyleClass().add("milestone");
        cell.setId("milestone-" + line + "-" + milestone.fromQuarter());
        cell.setUserData(milestone);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        Label text = new Label(milestone.noPlan() ? Messages.get("item.noPlan") : milestone.text());
        text.setWrapText(true);
        text.getStyleClass().add("milestone-text");
        cell.getChildren().add(text);
        if (milestone.noPlan()) {
            cell.getStyleClass().add("no-plan");
        }
        if (milestone.spans()) {
            cell.getStyleClass().add("spanning");
            Label span = new Label(Messages.get("item.span", Quarters.label(milestone.fromQuarter()),
                    Quarters.label(milestone.toQuarter())));
            span.getStyleClass().add("milestone-span");
            cell.getChildren().add(span);
        }
        return cell;
    }

    private void showGroup(WorkTreeNode node) {
        Label name = new Label(node.label());
        name.getStyleClass().add("item-name");
        name.setWrapText(true);
        Label count = new Label(Messages.get(node.holdsIndicatorsOnly() ? "group.indicatorCount" : "group.count",
                node.count()));
        count.getStyleClass().add("item-path");
        VBox rows = new VBox(2);
        rows.getStyleClass().add("group-rows");
        for (WorkTreeNode child : node.children()) {
            Hyperlink row = new Hyperlink(child.labelWithCount());
            row.setWrapText(true);
            row.setOnAction(e -> open.accept(child));
            rows.getChildren().add(row);
        }
        content.getChildren().addAll(name, count, rows);
    }

    private static Node placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder");
        label.setWrapText(true);
        return label;
    }
}
