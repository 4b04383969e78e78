package org.qiyouxiang.app.ui.main;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.TableKind;
import org.qiyouxiang.app.excel.YearNotFoundException;
import org.qiyouxiang.app.service.FormReturnResult;
import org.qiyouxiang.app.service.ListReplacement;
import org.qiyouxiang.app.service.PendingImport;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.service.YearSnapshot;
import org.qiyouxiang.app.ui.task.TaskRunner;

/**
 * 导入…: a file read in the background, what it brings in shown for confirmation, then stored in one go: a
 * work list or an indicator table as the office's own table, returned fill-in forms as progress. Who keeps
 * the undo history learns of each stored import. Part of {@link MainViewModel}, which owns the data shown.
 */
final class ImportFlow {

    private final MainViewModel main;
    private final TaskRunner runner;
    private final Interaction interaction;
    private Consumer<ListReplacement> importRecorder = replacement -> { };
    private Consumer<FormReturnResult> formsRecorder = result -> { };

    ImportFlow(MainViewModel main, TaskRunner runner, Interaction interaction) {
        this.main = main;
        this.runner = runner;
        this.interaction = interaction;
    }

    /** Reads the file (a work list or an indicator table), shows what it brings in, stores it once confirmed. */
    void importFile(Path file) {
        importFile(file, OptionalInt.empty());
    }

    private void importFile(Path file, OptionalInt year) {
        Workspace workspace = main.workspace();
        if (workspace == null) {
            return;
        }
        runner.run(Messages.get("status.reading", file.getFileName()),
                progress -> PendingImport.read(file, year, workspace.imports(), workspace.indicatorImports(),
                        workspace.forms()),
                this::confirmAndStore,
                error -> {
                    if (error instanceof YearNotFoundException) {
                        interaction.askYear(file.getFileName().toString())
                                .ifPresent(chosen -> importFile(file, OptionalInt.of(chosen)));
                    } else {
                        interaction.showError(error);
                    }
                });
    }

    private void confirmAndStore(PendingImport pending) {
        if (!interaction.confirmImport(pending)) {
            main.say(Messages.get("status.importCancelled"));
            return;
        }
        Workspace workspace = main.workspace();
        runner.<Object>run(Messages.get("status.importing"), progress -> {
            if (pending instanceof PendingImport.ReturnedForms forms) {
                // Returned forms are progress, not a table: one step of the progress tab's undo history.
                return workspace.forms().store(forms.batch());
            }
            OptionalInt year = pending.kind() == TableKind.WORK_LIST ? OptionalInt.of(pending.year())
                    : OptionalInt.empty();
            // A work list's year before and after, so that the import can be undone within the session.
            YearSnapshot before = year.isPresent() ? workspace.importUndo().snapshot(pending.year()) : null;
            String summary = pending.store(true);
            ListReplacement replaced = year.isPresent()
                    ? new ListReplacement(pending.year(), before, workspace.importUndo().snapshot(pending.year())) : null;
            return new MainViewModel.Stored(summary, year, DataFolderRead.load(workspace), replaced);
        }, stored -> {
            if (stored instanceof FormReturnResult forms) {
                formsImported(forms);
                return;
            }
            MainViewModel.Stored list = (MainViewModel.Stored) stored;
            if (list.replaced() != null) {
                importRecorder.accept(list.replaced());
            }
            main.stored(list, () -> { });
        }, interaction::showError);
    }

    /**
     * Returned forms were stored: the progress tab's undo history takes them as one step, the views showing
     * progress refresh, the status bar says what was imported.
     */
    void formsImported(FormReturnResult result) {
        formsRecorder.accept(result);
        main.progressChanged();
        main.say(MainViewModel.savedNow(result.summary()));
    }

    /** Who keeps the undo history learns of each import of returned forms. */
    void onFormsImported(Consumer<FormReturnResult> recorder) {
        this.formsRecorder = recorder;
    }

    /** Who keeps the undo history learns of each stored work-list import (before → after). */
    void onWorkListImported(Consumer<ListReplacement> recorder) {
        this.importRecorder = recorder;
    }
}
