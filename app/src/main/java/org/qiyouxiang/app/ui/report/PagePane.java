package org.qiyouxiang.app.ui.report;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.qiyouxiang.app.core.report.Page;

/**
 * The page on screen: white paper of the page's proportions on a grey desk, the page's nodes scaled to the
 * zoom, in a scroll pane. The nodes are built when a page is shown, from the page model's shapes.
 */
final class PagePane extends ScrollPane {

    private final PrintPreviewModel model;
    private final PageFonts fonts;
    private final Pane paper = new Pane();
    private final StackPane desk = new StackPane(paper);
    private final Label message = new Label();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private Page shown;
    private Group nodes;
    private double pixelsPerPoint = 1;

    PagePane(PrintPreviewModel model, PageFonts fonts) {
        this.model = model;
        this.fonts = fonts;
        getStyleClass().add("page-pane");
        setId("pagePane");
        paper.getStyleClass().add("paper");
        paper.setId("paper");
        desk.getStyleClass().add("desk");
        desk.setAlignment(Pos.CENTER);
        message.getStyleClass().add("placeholder");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        desk.getChildren().add(message);
        setContent(desk);
        setPannable(true);
        setFitToWidth(true);
        setFitToHeight(true);
        model.pageNumberProperty().addListener(o -> showPage());
        model.pagesProperty().addListener(o -> showPage());
        model.zoomProperty().addListener(o -> resize());
        viewportBoundsProperty().addListener(o -> {
            if (model.zoomProperty().get().fits()) {
                resize();
            }
        });
        showPage();
    }

    private void showPage() {
        Page page = model.page();
        message.setVisible(page == null);
        paper.setVisible(page != null);
        if (page == shown) {
            return;
        }
        shown = page;
        if (page == null) {
            paper.getChildren().clear();
            nodes = null;
            return;
        }
        nodes = PageNodes.of(page, fonts);
        nodes.getTransforms().setAll(scale);
        Rectangle clip = new Rectangle();
        paper.setClip(clip);
        clip.widthProperty().bind(paper.widthProperty());
        clip.heightProperty().bind(paper.heightProperty());
        paper.getChildren().setAll(nodes);
        resize();
        setVvalue(0);
    }

    private void resize() {
        if (shown == null) {
            return;
        }
        double width = shown.setup().width();
        double height = shown.setup().height();
        pixelsPerPoint = model.zoomProperty().get().scale(width, height, getViewportBounds().getWidth(),
                getViewportBounds().getHeight());
        scale.setX(pixelsPerPoint);
        scale.setY(pixelsPerPoint);
        double w = Math.round(width * pixelsPerPoint);
        double h = Math.round(height * pixelsPerPoint);
        paper.setMinSize(w, h);
        paper.setPrefSize(w, h);
        paper.setMaxSize(w, h);
        desk.setMinSize(w + 2 * PrintPreviewModel.PAPER_MARGIN, h + 2 * PrintPreviewModel.PAPER_MARGIN);
    }

    /** Screen pixels per printed point as shown now: where 放大 and 缩小 step from. */
    double pixelsPerPoint() {
        return pixelsPerPoint;
    }

    /** The nodes of the page shown, for the tests. */
    Group nodes() {
        return nodes;
    }
}
