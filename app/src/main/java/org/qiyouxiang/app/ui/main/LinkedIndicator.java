package org.qiyouxiang.app.ui.main;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.indicators.IndicatorCard;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.WorkItem;

/**
 * Under a 重点指标 item: the indicator it is linked to (by name, at import), with its target of the year
 * and the latest actual judged, so that a value reported in the indicator table shows here too.
 */
final class LinkedIndicator extends VBox {

    private final MainViewModel viewModel;
    private long showing = -1;
    private WorkItem item;
    private int year;

    LinkedIndicator(MainViewModel viewModel) {
        super(8);
        this.viewModel = viewModel;
        setId("linkedIndicator");
        // An actual or target saved in 指标 shows here at once, not only when another item is chosen and back.
        viewModel.indicatorVersionProperty().addListener((obs, old, now) -> {
            if (item != null) {
                show(item, year);
            }
        });
    }

    void show(WorkItem item, int year) {
        this.item = item;
        this.year = year;
        getChildren().clear();
        Workspace workspace = viewModel.workspaceProperty().get();
        if (workspace == null || item.kind() != ItemKind.KEY_INDICATOR || item.id() == null) {
            showing = -1;
            return;
        }
        long itemId = item.id();
        showing = itemId;
        viewModel.runner().run(Messages.get("status.loadingIndicator"),
                progress -> workspace.indicators().indicatorForWorkItem(itemId, year),
                row -> {
                    if (showing == itemId) {
                        row.ifPresent(r -> {
                            Label title = new Label(Messages.get("item.linkedIndicator"));
                            title.getStyleClass().add("section-title");
                            getChildren().setAll(title, new IndicatorCard(r));
                        });
                    }
                }, viewModel.interaction()::showError);
    }
}
