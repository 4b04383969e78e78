package org.qiyouxiang.app.ui.progress;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.db.model.WorkItem;

/**
 * The item pane's quarter-by-quarter progress: per quarter of the item's year its milestone, what was
 * done and the status chip, and a link to the item's change log. Follows saves made in the table.
 */
public final class ItemQuarters extends VBox {

    private final ProgressViewModel viewModel;
    private final QuarterHistory history;
    private final Consumer<WorkItem> openChangeLog;
    private final GridPane grid = new GridPane();
    private WorkItem item;
    private int year;

    /** @param openChangeLog shows the item's change log */
    public ItemQuarters(ProgressViewModel viewModel, Consumer<WorkItem> openChangeLog) {
        super(8);
        this.viewModel = viewModel;
        this.history = new QuarterHistory(viewModel);
        this.openChangeLog = openChangeLog;
        setId("itemQuarters");
        getStyleClass().add("item-quarters");
        Label title = new Label(Messages.get("item.quarters"));
        title.getStyleClass().add("section-title");
        Hyperlink log = new Hyperlink(Messages.get("item.changeLog"));
        log.setId("itemChangeLog");
        log.setOnAction(e -> {
            if (item != null) {
                openChangeLog.accept(item);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, title, spacer, log);
        heading.setAlignment(Pos.BOTTOM_LEFT);
        grid.getStyleClass().add("quarters-grid");
        grid.getColumnConstraints().addAll(column(64, 0), column(140, 1), column(160, 1), column(100, 0));
        getChildren().addAll(heading, grid);
        // Only the year in the table is followed: it is in memory, while another year would be read again.
        viewModel.revisionProperty().addListener((obs, old, now) -> {
            if (item != null && Integer.valueOf(year).equals(viewModel.yearProperty().get())) {
                reload();
            }
        });
    }

    private static ColumnConstraints column(double width, double grow) {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(width);
        c.setPrefWidth(width);
        c.setHgrow(grow > 0 ? Priority.ALWAYS : Priority.NEVER);
        return c;
    }

    /** Shows an item of a year; null clears. */
    public void show(WorkItem shown, Integer itemYear) {
        this.item = shown == null || shown.id() == null || itemYear == null ? null : shown;
        this.year = itemYear == null ? 0 : itemYear;
        grid.getChildren().clear();
        if (item != null) {
            reload();
        }
    }

    private void reload() {
        WorkItem asked = item;
        history.quarters(item.id(), year, rows -> {
            if (asked == item) {
                fill(rows);
            }
        });
    }

    private void fill(List<QuarterRow> rows) {
        grid.getChildren().clear();
        grid.addRow(0, header("item.quarters.quarter"), header("item.quarters.milestone"),
                header("item.quarters.done"), header("item.quarters.status"));
        for (QuarterRow row : rows) {
            Label quarter = text(Quarters.label(row.quarter()));
            quarter.getStyleClass().add("quarter-name");
            Label milestone = text(row.milestone() == null ? Messages.get("item.none") : row.milestone());
            Label done = text(row.progress().doneText() == null ? Messages.get("item.quarters.notReported")
                    : row.progress().doneText());
            if (row.progress().doneText() == null) {
                done.getStyleClass().add("muted");
            }
            VBox reported = new VBox(2, done);
            reported.setId("itemQuarterDone" + row.quarter());
            addIfWritten(reported, "item.quarters.problems", row.progress().problems());
            addIfWritten(reported, "item.quarters.nextSteps", row.progress().nextSteps());
            Label chip = new Label(row.statusStored() || row.status() == null
                    ? row.statusLabel() + (row.overridden() ? Messages.get("progress.overriddenMark") : "")
                    : Messages.get("progress.proposed", row.statusLabel()));
            chip.setId("itemQuarterStatus" + row.quarter());
            chip.getStyleClass().addAll("status-chip", row.tone().styleClass());
            if (!row.statusStored() && row.status() != null) {
                chip.getStyleClass().add("proposed");
            }
            chip.setTooltip(new Tooltip(StatusCell.tip(row)));
            grid.addRow(row.quarter(), quarter, milestone, reported, chip);
        }
    }

    /** 存在问题 and 下步打算 under 完成情况, as the report has them, when the quarter has them. */
    private static void addIfWritten(VBox cell, String key, String text) {
        if (text != null && !text.isBlank()) {
            Label line = text(Messages.get(key, text.strip()));
            line.getStyleClass().add("muted");
            cell.getChildren().add(line);
        }
    }

    private static Label header(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("quarters-header");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
