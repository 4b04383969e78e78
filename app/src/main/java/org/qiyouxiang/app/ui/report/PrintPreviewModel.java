package org.qiyouxiang.app.ui.report;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.Page;
import org.qiyouxiang.app.core.report.ReportPages;
import org.qiyouxiang.app.service.ReportService;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.main.MainViewModel;

/**
 * 打印预览's state: the quarter shown, its pages as they will be printed, the page on screen, the zoom,
 * and what is happening (loading, printing). The report is assembled through the task runner; pages are
 * drawn from the page model when shown. Reloads when progress or an indicator is saved while the window is open.
 */
public final class PrintPreviewModel {

    /** Pixels kept round the paper on screen. */
    public static final double PAPER_MARGIN = 16;

    private final MainViewModel main;
    private final ObjectProperty<QuarterChoice> choice = new SimpleObjectProperty<>();
    /** What the clerk should check before printing (ReportAssembler's checks): never printed, shown beside. */
    private final ReadOnlyObjectWrapper<List<String>> checks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ReportPages> pages = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty pageNumber = new SimpleIntegerProperty(0);
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.WHOLE_PAGE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReportViewModel report;
    private boolean active;
    private int loads;

    public PrintPreviewModel(ReportViewModel report) {
        this.main = report.main();
        this.report = report;
        choice.set(report.suggested());
        choice.addListener((obs, old, now) -> {
            main.lookedAt(now.year(), now.quarter());
            load(false);
        });
        main.progressVersionProperty().addListener((obs, old, now) -> load(true));
        main.dataVersionProperty().addListener((obs, old, now) -> load(true));
        main.indicatorVersionProperty().addListener((obs, old, now) -> load(true));
        pageNumber.addListener((obs, old, now) -> updatePageText());
        pages.addListener((obs, old, now) -> updatePageText());
    }

    /** The window opened: load the report now and after each save until {@link #stop()}. */
    public void start() {
        active = true;
        // Opened again after the clerk turned to another quarter elsewhere: show that one.
        QuarterChoice suggested = report.suggested();
        if (!suggested.equals(choice.get())) {
            choice.set(suggested);
        } else {
            load(true);
        }
    }

    public void stop() {
        active = false;
    }

    /** @param samePage keep the page shown (a reload after a save), else start at page 1 */
    public void load(boolean samePage) {
        Workspace workspace = main.workspaceProperty().get();
        QuarterChoice shown = choice.get();
        if (!active || workspace == null || shown == null) {
            return;
        }
        int load = ++loads;
        message.set(Messages.get("printPreview.loading", shown.label()));
        main.runner().run(Messages.get("printPreview.loading", shown.label()),
                progress -> workspace.reports().report(shown.year(), shown.quarter())
                        .map(r -> new Loaded(ReportService.pages(r), r.checks())).orElse(null),
                loaded -> {
                    if (load == loads) {
                        checks.set(loaded == null ? List.of() : loaded.checks());
                        show(loaded == null ? null : loaded.pages(), samePage, shown);
                    }
                }, error -> {
                    message.set("");
                    main.interaction().showError(error);
                });
    }

    private void show(ReportPages loaded, boolean samePage, QuarterChoice shown) {
        int keep = pageNumber.get();
        pages.set(loaded);
        if (loaded == null) {
            pageNumber.set(0);
            message.set(Messages.get("export.error.noYear", String.valueOf(shown.year())));
            return;
        }
        message.set("");
        pageNumber.set(samePage && keep >= 1 ? Math.min(keep, loaded.size()) : 1);
        updatePageText();
    }

    private void updatePageText() {
        ReportPages shown = pages.get();
        pageText.set(shown == null || pageNumber.get() < 1 ? ""
                : Messages.get("report.footer", pageNumber.get(), shown.size()));
    }

    /** The page on screen, or null while there is none. */
    public Page page() {
        ReportPages shown = pages.get();
        int number = pageNumber.get();
        return shown == null || number < 1 || number > shown.size() ? null : shown.page(number);
    }

    public void next() {
        go(pageNumber.get() + 1);
    }

    public void previous() {
        go(pageNumber.get() - 1);
    }

    public void first() {
        go(1);
    }

    public void last() {
        go(pageCount());
    }

    public void go(int number) {
        if (pages.get() != null) {
            pageNumber.set(Math.max(1, Math.min(number, pageCount())));
        }
    }

    public int pageCount() {
        return pages.get() == null ? 0 : pages.get().size();
    }

    public BooleanBinding hasPreviousProperty() {
        return Bindings.createBooleanBinding(() -> pageNumber.get() > 1, pageNumber, pages);
    }

    public BooleanBinding hasNextProperty() {
        return Bindings.createBooleanBinding(() -> pageNumber.get() >= 1 && pageNumber.get() < pageCount(),
                pageNumber, pages);
    }

    public ObjectProperty<QuarterChoice> choiceProperty() {
        return choice;
    }

    public ReadOnlyObjectProperty<ReportPages> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** 1-based; 0 while no report is shown. */
    public IntegerProperty pageNumberProperty() {
        return pageNumber;
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    /** 第 2 页 共 17 页 */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** 正在生成…, or why there is nothing to show; "" while pages show. */
    public ReadOnlyObjectProperty<List<String>> checksProperty() {
        return checks.getReadOnlyProperty();
    }

    private record Loaded(ReportPages pages, List<String> checks) {
    }

    public ObservableValue<String> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public MainViewModel main() {
        return main;
    }
}
