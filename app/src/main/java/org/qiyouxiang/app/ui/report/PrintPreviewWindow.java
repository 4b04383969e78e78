package org.qiyouxiang.app.ui.report;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.Icons;

/**
 * 打印预览: the quarter's report page by page as it will be on paper, beside the print settings. The
 * toolbar chooses the quarter, turns pages (also PgUp/PgDn, Home/End) and zooms (also Ctrl+wheel,
 * Ctrl+加减号); Ctrl+P prints; Esc closes.
 */
final class PrintPreviewWindow {

    private final Stage stage = new Stage();
    private final PrintPreviewModel model;
    private final PagePane pagePane;
    private final PrintPanel printPanel;

    PrintPreviewWindow(Window owner, PrintPreviewModel model, List<Integer> years) {
        this.model = model;
        PageFonts fonts = PageFonts.system();
        pagePane = new PagePane(model, fonts);
        printPanel = new PrintPanel(model, fonts);
        BorderPane root = new BorderPane(pagePane);
        root.setId("printPreview");
        root.getStyleClass().add("print-preview");
        root.setTop(toolBar(years));
        root.setLeft(printPanel);
        stage.initOwner(owner);
        stage.titleProperty().bind(model.choiceProperty().map(c -> Messages.get("printPreview.title", c.label())));
        // As large as suits a page, but never beyond the screen (a 1366 × 768 laptop is common in offices).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1240, screen.getWidth() - 40), Math.min(820, screen.getHeight() - 40));
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        keys(scene);
        pagePane.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoom(e.getDeltaY() > 0);
                e.consume();
            }
        });
        stage.setOnHidden(e -> model.stop());
    }

    private ToolBar toolBar(List<Integer> years) {
        Button first = button(Material2MZ.SKIP_PREVIOUS, "printPreview.first", "previewFirst", model::first);
        Button previous = button(Material2AL.CHEVRON_LEFT, "printPreview.previous", "previewPrevious", model::previous);
        Button next = button(Material2AL.CHEVRON_RIGHT, "printPreview.next", "previewNext", model::next);
        Button last = button(Material2MZ.SKIP_NEXT, "printPreview.last", "previewLast", model::last);
        first.disableProperty().bind(model.hasPreviousProperty().not());
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        next.disableProperty().bind(model.hasNextProperty().not());
        last.disableProperty().bind(model.hasNextProperty().not());
        Label page = new Label();
        page.setId("previewPageText");
        page.getStyleClass().add("preview-page-text");
        page.textProperty().bind(model.pageTextProperty());
        ComboBox<Zoom> zoom = new ComboBox<>();
        zoom.setId("previewZoom");
        zoom.getItems().setAll(Zoom.values());
        zoom.valueProperty().bindBidirectional(model.zoomProperty());
        Button smaller = button(Material2MZ.ZOOM_OUT, "printPreview.zoomOut", "previewZoomOut", () -> zoom(false));
        Button larger = button(Material2MZ.ZOOM_IN, "printPreview.zoomIn", "previewZoomIn", () -> zoom(true));
        return new ToolBar(new QuarterPicker(model.choiceProperty(), years, "preview"), new Separator(Orientation.VERTICAL),
                first, previous, page, next, last, new Separator(Orientation.VERTICAL), smaller, zoom, larger);
    }

    private static Button button(Ikon icon, String tip, String id, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.setTooltip(new Tooltip(Messages.get(tip)));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void zoom(boolean in) {
        double shown = pagePane.pixelsPerPoint();
        model.zoomProperty().set(in ? Zoom.larger(shown) : Zoom.smaller(shown));
    }

    private void keys(Scene scene) {
        scene.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PAGE_DOWN -> model.next();
                case PAGE_UP -> model.previous();
                case HOME -> model.first();
                case END -> model.last();
                case ESCAPE -> stage.close();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), printPanel::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoom(true));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoom(true));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                () -> zoom(false));
    }

    void show() {
        model.start();
        stage.show();
        stage.toFront();
    }

    PagePane pagePane() {
        return pagePane;
    }
}
