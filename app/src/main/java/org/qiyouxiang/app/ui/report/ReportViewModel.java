package org.qiyouxiang.app.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.report.FileNames;
import org.qiyouxiang.app.service.FormReturnBatch;
import org.qiyouxiang.app.service.GeneratedForm;
import org.qiyouxiang.app.service.ReportExport;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.main.MainViewModel;

/**
 * The 报告 menu's commands: the quarterly report written as .xlsx or .pdf, the fill-in forms generated
 * for the lead units, and their returns read, previewed and stored as one undoable step. All file and
 * database work runs through the main window's task runner; this class never touches a Node.
 */
public final class ReportViewModel {

    private final MainViewModel main;
    private final ReportInteraction interaction;
    private final Supplier<LocalDate> today;
    /** Warnings already shown this session (a stand-in font): said once, not at every export. */
    private final Set<String> warned = new HashSet<>();
    private final ReadOnlyIntegerWrapper formsVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<QuarterChoice> formsQuarter = new ReadOnlyObjectWrapper<>();

    public ReportViewModel(MainViewModel main, ReportInteraction interaction) {
        this(main, interaction, LocalDate::now);
    }

    ReportViewModel(MainViewModel main, ReportInteraction interaction, Supplier<LocalDate> today) {
        this.main = main;
        this.interaction = interaction;
        this.today = today;
    }

    /**
     * The quarter the clerk last chose on the 总览 or 进展填报 tab; else the year looked at and, in the current
     * year, the current quarter.
     */
    public QuarterChoice suggested() {
        return main.quarterInView().map(q -> new QuarterChoice(q.year(), q.quarter()))
                .orElseGet(() -> QuarterChoice.suggested(main.currentYear(), main.years(), today.get()));
    }

    public List<Integer> years() {
        return main.years();
    }

    public MainViewModel main() {
        return main;
    }

    /** 2024年一季度进展情况.xlsx — offered in the save chooser. */
    public String reportFileName(QuarterChoice choice, boolean pdf) {
        return FileNames.safe(Messages.get("report.export.fileName", choice.year(), Quarters.label(choice.quarter())))
                + (pdf ? ".pdf" : ".xlsx");
    }

    /** Writes the quarter's report (.xlsx, or .pdf by the file's name) and says where it went. */
    public void export(QuarterChoice choice, Path file) {
        main.lookedAt(choice.year(), choice.quarter());
        Workspace workspace = main.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        main.runner().run(Messages.get("report.exporting", choice.label()),
                progress -> workspace.reports().export(choice.year(), choice.quarter(), file),
                written -> exported(choice, written), main.interaction()::showError);
    }

    private void exported(QuarterChoice choice, ReportExport written) {
        String summary = Messages.get("report.exported", String.valueOf(choice.year()),
                org.qiyouxiang.app.core.Quarters.label(choice.quarter()), written.pages());
        main.say(written.checks().isEmpty() ? summary
                : Messages.get("report.exported.checks", summary, written.checks().size()));
        List<String> fresh = written.warnings().stream().filter(warned::add).toList();
        main.interaction().showExported(written.file(),
                fresh.isEmpty() ? summary : summary + "\n\n" + String.join("\n", fresh), written.checks());
    }

    /** 2024年一季度填报表: the folder made for a quarter's forms. */
    public String formsFolderName(QuarterChoice choice) {
        return FileNames.safe(Messages.get("forms.folderName", choice.year(), Quarters.label(choice.quarter())));
    }

    /** Writes one form per lead unit into a folder of the quarter's own inside {@code folder}. */
    public void generateForms(QuarterChoice choice, Path folder) {
        main.lookedAt(choice.year(), choice.quarter());
        Workspace workspace = main.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        Path target = folder.resolve(formsFolderName(choice));
        main.runner().run(Messages.get("forms.generating", choice.label()), progress -> {
            Files.createDirectories(target);
            return workspace.forms().generate(choice.year(), choice.quarter(), target);
        }, forms -> {
            int items = forms.stream().mapToInt(GeneratedForm::itemCount).sum();
            String summary = Messages.get("forms.generated", choice.label(), forms.size(), items);
            main.say(summary);
            formsQuarter.set(choice);
            formsVersion.set(formsVersion.get() + 1);
            interaction.showFormsWritten(target, summary);
        }, main.interaction()::showError);
    }

    /**
     * Reads returned forms (several at once, each for its own quarter), shows what they change, and stores the
     * batch in one transaction once the clerk confirms: one step of the progress tab's undo history.
     */
    public void importReturns(List<Path> files) {
        Workspace workspace = main.workspaceProperty().get();
        if (workspace == null || files.isEmpty()) {
            return;
        }
        main.runner().run(Messages.get("returns.reading", files.size()),
                progress -> workspace.forms().preview(files, OptionalInt.empty()),
                batch -> confirmAndStore(workspace, batch), main.interaction()::showError);
    }

    private void confirmAndStore(Workspace workspace, FormReturnBatch batch) {
        if (!interaction.confirmReturns(ReturnsPreview.of(batch))) {
            main.say(Messages.get("returns.cancelled"));
            return;
        }
        main.runner().run(Messages.get("returns.importing"), progress -> workspace.forms().store(batch),
                result -> {
                    main.formsImported(result);
                    batch.files().stream().filter(f -> !f.refused() && f.year() != null && f.quarter() != null)
                            .reduce((first, last) -> last)
                            .ifPresent(f -> formsQuarter.set(new QuarterChoice(f.year(), f.quarter())));
                    formsVersion.set(formsVersion.get() + 1);
                }, main.interaction()::showError);
    }

    /**
     * 报送单位: reads the office's name printed on every report and hands it to {@code ask}; what the clerk
     * confirms is stored (an emptied field goes back to the county's task-force office), and open previews
     * redraw.
     */
    public void changeOfficeName(java.util.function.Function<String, java.util.Optional<String>> ask) {
        Workspace workspace = main.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        main.runner().run(Messages.get("report.office.reading"), progress -> workspace.reports().officeName(),
                current -> ask.apply(current).filter(typed -> !typed.strip().equals(current)).ifPresent(typed ->
                        main.runner().run(Messages.get("report.office.saving"), progress -> {
                            workspace.reports().setOfficeName(typed);
                            return workspace.reports().officeName();
                        }, stored -> {
                            main.say(Messages.get("report.office.saved", stored));
                            main.progressChanged();
                        }, main.interaction()::showError)),
                main.interaction()::showError);
    }

    /** The quarter whose forms were generated or returned last in this session: the tracker turns to it. */
    public ReadOnlyObjectProperty<QuarterChoice> formsQuarterProperty() {
        return formsQuarter.getReadOnlyProperty();
    }

    /** Moves each time forms were generated or returns stored: the return tracker reloads. */
    public ReadOnlyIntegerProperty formsVersionProperty() {
        return formsVersion.getReadOnlyProperty();
    }
}
