package org.qiyouxiang.app.ui.dashboard;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.ReportItem;

/**
 * The quarter's lagging items: area, name, lead units, problems. A double-click or Enter opens the item in
 * the work list, where its milestones and quarters are.
 */
final class LaggingTable extends TableView<ReportItem> {

    LaggingTable(ObservableList<ReportItem> lagging, LongConsumer openItem) {
        super(lagging);
        setId("laggingItems");
        getStyleClass().addAll("dense", "dashboard-table", "lagging-items");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(Messages.get("report.lagging.none")));
        getColumns().setAll(List.of(
                column("report.header.indicatorArea", 118, ReportItem::area),
                column("report.header.name", 250, ReportItem::name),
                column("report.header.units", 130, i -> String.join(Messages.get("report.unitSeparator"), i.units())),
                column("report.header.problems", 220, ReportItem::problems)));
        setRowFactory(t -> {
            TableRow<ReportItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openItem.accept(row.getItem().id());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            ReportItem selected = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                openItem.accept(selected.id());
                e.consume();
            }
        });
    }

    /** One line per item; the whole text, line breaks and all, in the tooltip. */
    private static TableColumn<ReportItem, String> column(String key, double width, Function<ReportItem, String> text) {
        TableColumn<ReportItem, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                boolean blank = empty || value == null || value.isBlank();
                setText(blank ? null : value.strip().replaceAll("\\s*\\n\\s*", " "));
                setTooltip(blank ? null : new Tooltip(value.strip()));
            }
        });
        return column;
    }
}
