package org.qiyouxiang.app.ui.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.ImportPreview;
import org.qiyouxiang.db.model.ItemKind;

/**
 * Shows what an import will bring in (areas, counts by kind, warnings, a year that will be replaced)
 * and asks the clerk to confirm. Nothing has been written while it is open.
 */
public final class ImportPreviewDialog extends Dialog<ButtonType> {

    /** One row of the area table. */
    public record AreaCount(String area, Map<ItemKind, Integer> counts) {
        int count(ItemKind kind) {
            return counts.getOrDefault(kind, 0);
        }

        int sum() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static final ButtonType IMPORT = new ButtonType(Messages.get("preview.confirm"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(Messages.get("button.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType REPLACE = new ButtonType(Messages.get("preview.replace.confirm"),
            ButtonBar.ButtonData.OK_DONE);

    @FXML private Label fileLabel;
    @FXML private Label titleLabel;
    @FXML private Label yearLabel;
    @FXML private Label totalLabel;
    @FXML private Label replaceLabel;
    @FXML private TableView<AreaCount> areaTable;
    @FXML private TableColumn<AreaCount, String> areaColumn;
    @FXML private TableColumn<AreaCount, Integer> indicatorColumn;
    @FXML private TableColumn<AreaCount, Integer> taskColumn;
    @FXML private TableColumn<AreaCount, Integer> livelihoodColumn;
    @FXML private TableColumn<AreaCount, Integer> sumColumn;
    @FXML private Label warningTitle;
    @FXML private ListView<String> warningList;

    public ImportPreviewDialog(Window owner, ImportPreview preview) {
        initOwner(owner);
        setTitle(Messages.get("preview.dialogTitle"));
        setHeaderText(Messages.get("preview.header"));
        setResizable(true);
        getDialogPane().setContent(load());
        getDialogPane().setId("importPreview");
        getDialogPane().getButtonTypes().addAll(preview.yearExists() ? REPLACE : IMPORT, CANCEL);
        fill(preview);
    }

    private Parent load() {
        FXMLLoader loader = new FXMLLoader(ImportPreviewDialog.class.getResource(
                "/org/qiyouxiang/app/ui/importing/ImportPreviewDialog.fxml"), Messages.bundle());
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(ImportPreview preview) {
        fileLabel.setText(preview.file().getFileName().toString());
        titleLabel.setText(preview.workList().title() == null ? Messages.get("item.none") : preview.workList().title());
        yearLabel.setText(Messages.get("tree.year", preview.year()));
        totalLabel.setText(Messages.get("preview.totalText", preview.countsByArea().size(), preview.itemCount()));
        if (preview.yearExists()) {
            show(replaceLabel);
            replaceLabel.setText(Messages.get("preview.replace", preview.year()));
        }
        areaColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().area()));
        indicatorColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count(ItemKind.KEY_INDICATOR)));
        taskColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count(ItemKind.KEY_TASK)));
        livelihoodColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count(ItemKind.LIVELIHOOD)));
        sumColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sum()));
        preview.countsByArea().forEach((area, counts) -> areaTable.getItems().add(new AreaCount(area, counts)));
        List<String> warnings = preview.warnings().stream().map(ImportProblem::describe).toList();
        if (!warnings.isEmpty()) {
            show(warningTitle);
            show(warningList);
            warningTitle.setText(Messages.get("preview.warningsCount", warnings.size()));
            warningList.getItems().setAll(warnings);
        }
    }

    private static void show(javafx.scene.Node node) {
        node.setManaged(true);
        node.setVisible(true);
    }

    /** True when the clerk pressed 导入 or 替换并导入. */
    public boolean confirmed() {
        return showAndWait().map(b -> b == IMPORT || b == REPLACE).orElse(false);
    }
}
