package org.qiyouxiang.app.ui.dashboard;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.model.FormDispatch;

/**
 * The return tracker of the quarter's fill-in forms: per lead unit when its form was sent, returned and
 * imported, and how many cells the import changed. A unit whose form is out and not back is highlighted (催报), and its 收回 cell says 未交.
 */
final class ReturnsTable extends TableView<FormDispatch> {

    private static final PseudoClass OWED = PseudoClass.getPseudoClass("owed");

    ReturnsTable(ObservableList<FormDispatch> forms) {
        super(forms);
        setId("returnTracker");
        getStyleClass().addAll("dense", "dashboard-table", "return-tracker");
        // Times keep their width; the unit takes the rest.
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label none = new Label(Messages.get("dashboard.returns.none"));
        none.setWrapText(true);
        setPlaceholder(none);
        getColumns().setAll(List.of(
                column("report.header.units", 150, FormDispatch::unit),
                fixed(column("dashboard.returns.sent", 88, f -> DashboardTexts.when(f.generatedAt()))),
                fixed(column("dashboard.returns.returned", 88, f -> DashboardTexts.owed(f)
                        ? Messages.get("dashboard.returns.owed") : DashboardTexts.when(f.returnedAt()))),
                fixed(column("dashboard.returns.imported", 88, f -> DashboardTexts.when(f.importedAt()))),
                fixed(column("dashboard.returns.changes", 52,
                        f -> f.changeCount() == null ? "" : String.valueOf(f.changeCount())))));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FormDispatch form, boolean empty) {
                super.updateItem(form, empty);
                pseudoClassStateChanged(OWED, !empty && form != null && DashboardTexts.owed(form));
            }
        });
    }

    private static TableColumn<FormDispatch, String> fixed(TableColumn<FormDispatch, String> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        column.setResizable(false);
        return column;
    }

    private static TableColumn<FormDispatch, String> column(String key, double width,
                                                            Function<FormDispatch, String> text) {
        TableColumn<FormDispatch, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
            }
        });
        return column;
    }
}
