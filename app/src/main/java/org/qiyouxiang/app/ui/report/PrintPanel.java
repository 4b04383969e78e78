package org.qiyouxiang.app.ui.report;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.ReportPages;
import org.qiyouxiang.app.ui.gantt.PrintException;

/**
 * The print settings beside the preview: the printer (all of this computer's, the default first chosen), the
 * paper as 页面设置 left it (A4 landscape to begin with), copies, which pages, and 打印. A note says when
 * stand-in fonts draw the report.
 */
final class PrintPanel extends VBox {

    private final PrintPreviewModel model;
    private final PageFonts fonts;
    private final ChoiceBox<Printer> printers = new ChoiceBox<>();
    private final Label paper = new Label();
    private final Spinner<Integer> copies = new Spinner<>(1, 99, 1);
    private final ToggleGroup range = new ToggleGroup();
    private final RadioButton all = new RadioButton();
    private final RadioButton current = new RadioButton(Messages.get("printPreview.range.current"));
    private final Button print = new Button(Messages.get("printPreview.print"));
    private final Label status = new Label();
    private final SimpleBooleanProperty printing = new SimpleBooleanProperty();
    private PageLayout layout;

    PrintPanel(PrintPreviewModel model, PageFonts fonts) {
        super(10);
        this.model = model;
        this.fonts = fonts;
        getStyleClass().add("print-panel");
        printers.setId("printerChoice");
        printers.setMaxWidth(Double.MAX_VALUE);
        printers.setConverter(new StringConverter<>() {
            @Override
            public String toString(Printer printer) {
                return printer == null ? "" : printer.getName();
            }

            @Override
            public Printer fromString(String name) {
                throw new UnsupportedOperationException();
            }
        });
        printers.setItems(FXCollections.observableArrayList(Printer.getAllPrinters()));
        printers.getItems().sort((a, b) -> a.getName().compareToIgnoreCase(b.getName()));
        Printer chosen = Printer.getDefaultPrinter();
        printers.setValue(chosen != null && printers.getItems().contains(chosen) ? chosen
                : printers.getItems().isEmpty() ? null : printers.getItems().get(0));
        printers.valueProperty().addListener((obs, old, printer) -> layoutFor(printer));
        layoutFor(printers.getValue());
        Button setup = new Button(Messages.get("printPreview.pageSetup"));
        setup.setId("pageSetup");
        setup.disableProperty().bind(printers.valueProperty().isNull());
        setup.setOnAction(e -> pageSetup());
        copies.setEditable(true);
        copies.setPrefWidth(90);
        all.setToggleGroup(range);
        current.setToggleGroup(range);
        all.setSelected(true);
        model.pagesProperty().addListener(o -> all.setText(Messages.get("printPreview.range.all", model.pageCount())));
        all.setText(Messages.get("printPreview.range.all", model.pageCount()));
        print.setId("printButton");
        print.getStyleClass().add("accent");
        print.setOnAction(e -> print());
        print.setMaxWidth(Double.MAX_VALUE);
        print.disableProperty().bind(printers.valueProperty().isNull().or(model.pagesProperty().isNull()).or(printing));
        status.setWrapText(true);
        status.getStyleClass().add("print-status");
        status.setId("printStatus");
        getChildren().addAll(title("printPreview.printer"), printers);
        if (printers.getItems().isEmpty()) {
            getChildren().add(note(Messages.get("gantt.print.noPrinter"), "noPrinterNote"));
        }
        getChildren().addAll(title("printPreview.paper"), paper, setup,
                title("printPreview.copies"), copies,
                title("printPreview.range"), all, current,
                print, status);
        fonts.note().ifPresent(text -> getChildren().add(note(text, "fontNote")));
        Label checks = note("", "checksNote");
        checks.getStyleClass().add("print-checks");
        Runnable showChecks = () -> {
            List<String> lines = model.checksProperty().get();
            checks.setText(lines.isEmpty() ? "" : Messages.get("printPreview.checks") + "\n" + String.join("\n", lines));
            checks.setVisible(!lines.isEmpty());
            checks.setManaged(!lines.isEmpty());
        };
        model.checksProperty().addListener(o -> showChecks.run());
        showChecks.run();
        getChildren().add(checks);
    }

    private static Label title(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label note(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("print-note");
        label.setId(id);
        return label;
    }

    private void layoutFor(Printer printer) {
        layout = printer == null ? null : ReportPrinter.defaultLayout(printer);
        showPaper();
    }

    private void showPaper() {
        paper.setText(layout == null ? "" : Messages.get("printPreview.paperText", layout.getPaper().getName(),
                Messages.get(layout.getPageOrientation() == PageOrientation.LANDSCAPE ? "printPreview.landscape"
                        : "printPreview.portrait")));
    }

    /** 页面设置: the printer's own dialog; what it leaves is used for the next print. */
    private void pageSetup() {
        PrinterJob job = PrinterJob.createPrinterJob(printers.getValue());
        if (job == null) {
            return;
        }
        job.getJobSettings().setPageLayout(layout);
        if (job.showPageSetupDialog(getScene().getWindow())) {
            layout = job.getJobSettings().getPageLayout();
            showPaper();
        }
        job.cancelJob();
    }

    /** 打印: the chosen pages to the chosen printer. */
    void print() {
        ReportPages pages = model.pagesProperty().get();
        if (pages == null || printers.getValue() == null || print.isDisabled()) {
            return;
        }
        int from = range.getSelectedToggle() == current ? model.pageNumberProperty().get() : 1;
        int to = range.getSelectedToggle() == current ? from : pages.size();
        printing.set(true);
        try {
            PrinterJob job = ReportPrinter.job(printers.getValue());
            job.getJobSettings().setPageLayout(layout);
            job.getJobSettings().setCopies(copies.getValue());
            String name = pages.tables().isEmpty() ? "" : pages.tables().get(0).table().title();
            ReportPrinter.print(job, pages, from, to, fonts, name,
                    n -> status.setText(Messages.get("printPreview.printing", n, to)));
            String done = Messages.get("printPreview.printed", to - from + 1, printers.getValue().getName());
            status.setText(done);
            model.main().say(done);
        } catch (PrintException e) {
            status.setText("");
            model.main().interaction().showError(e);
        } finally {
            printing.set(false);
        }
    }

    Button printButton() {
        return print;
    }
}
