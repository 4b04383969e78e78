package org.qiyouxiang.app.ui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.qiyouxiang.app.core.LogSafe;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.BackupFile;
import org.qiyouxiang.app.service.BackupReason;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.ErrorMessages;
import org.qiyouxiang.db.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 备份与恢复: the backups of the open workspace (time, reason, size), 立即备份, 从备份恢复, which
 * replaces the workspace (the window must use the new one), and 导出全部数据为 Excel. Work runs on {@code background}, results
 * come back on {@code fx}; tests pass {@code Runnable::run} for both. Holds no {@code Node}.
 */
public final class BackupViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BackupViewModel.class);

    /** One line of the list. */
    public record Row(BackupFile backup) {
        public String time() {
            return backup.timeText();
        }

        public String reason() {
            return backup.reason().label();
        }

        public String size() {
            return backup.sizeText();
        }
    }

    private final Supplier<Workspace> workspace;
    private final Consumer<Workspace> onRestored;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Path> exported = new SimpleObjectProperty<>();

    /**
     * @param workspace  the workspace now open (it changes after a restore)
     * @param onRestored receives the workspace a restore opened; the old one is closed by then
     */
    public BackupViewModel(Supplier<Workspace> workspace, Consumer<Workspace> onRestored, Executor background,
                           Executor fx) {
        this.workspace = workspace;
        this.onRestored = onRestored;
        this.background = background;
        this.fx = fx;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What the last action did, or why it failed: Chinese, for the dialog's status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** 备份保存在：… */
    public String folderText() {
        return Messages.get("backup.ui.folder", workspace.get().backups().folder().toAbsolutePath());
    }

    /** Reads the list again (in the background: it lists a folder). */
    public void refresh() {
        run(Messages.get("backup.ui.loading"), () -> workspace.get().backups().list(), this::show);
    }

    /** 立即备份 */
    public void backupNow() {
        run(Messages.get("backup.ui.backingUp"), () -> {
            BackupFile made = workspace.get().backups().create(BackupReason.MANUAL);
            return new Made(made, workspace.get().backups().list());
        }, made -> {
            show(made.backups());
            status.set(Messages.get("backup.ui.done", made.backup().timeText(), made.backup().sizeText()));
        });
    }

    /** 从备份恢复 the selected backup, once the clerk has confirmed ({@link #confirmRestoreText()}). */
    public void restoreSelected() {
        Row row = selected.get();
        if (row != null) {
            restoreFrom(row.backup().path());
        }
    }

    /** Restores any backup file (one the clerk chose, on a USB stick). */
    public void restoreFrom(Path file) {
        run(Messages.get("backup.ui.restoring"), () -> {
            Workspace restored = workspace.get().restoreFrom(file);
            return new Restored(restored, restored.backups().list());
        }, restored -> {
            onRestored.accept(restored.workspace());
            show(restored.backups());
            status.set(restored.workspace().startupNotice().orElse(""));
        });
    }

    /**
     * 导出全部数据为 Excel: everything stored, as one workbook anyone can open. Says where the file is, or in
     * Chinese why it could not be written (an older file of that name is then left as it was).
     */
    public void exportAll(Path target) {
        workspace.get().settings().rememberFolderOf(target);
        run(Messages.get("backup.ui.exportingAll"), () -> workspace.get().allData().export(target), written -> {
            exported.set(target);
            status.set(Messages.get("backup.ui.exportedAll", written.summary(), target.toAbsolutePath()));
        }, e -> Messages.get("backup.ui.exportFailed", ErrorMessages.headline(e), ErrorMessages.text(e)));
    }

    /** 七优享全部数据_2026-11-23.xlsx */
    public String exportAllFileName() {
        return Messages.get("backup.ui.exportAll.fileName", workspace.get().progress().today().toString());
    }

    /** The folder the clerk last chose a file in, where the save dialog opens. */
    public Optional<Path> lastFolder() {
        return workspace.get().settings().lastFolder();
    }

    /** The file the last 导出全部数据 wrote, for 打开文件; null until one is written. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported;
    }

    /** 确定要恢复到 2026年11月23日 15:30 的备份吗？… for the selected backup. */
    public String confirmRestoreText() {
        Row row = selected.get();
        return row == null ? "" : Messages.get("backup.ui.confirmRestore", row.time());
    }

    /** 确定要从“备份.zip”恢复吗？… for a file the clerk chose. */
    public String confirmRestoreFileText(Path file) {
        return Messages.get("backup.ui.confirmRestoreFile", file.getFileName());
    }

    private void show(List<BackupFile> backups) {
        rows.setAll(backups.stream().map(Row::new).toList());
    }

    private <T> void run(String working, Work<T> work, Consumer<T> done) {
        run(working, work, done,
                e -> e instanceof DatabaseException ? e.getMessage() : Messages.get("backup.ui.failed"));
    }

    private <T> void run(String working, Work<T> work, Consumer<T> done, Function<Exception, String> failure) {
        busy.set(true);
        status.set(working);
        background.execute(() -> {
            try {
                T result = work.call();
                fx.execute(() -> {
                    busy.set(false);
                    status.set("");
                    done.accept(result);
                });
            } catch (Exception e) {
                LOG.warn("backup action failed", LogSafe.redact(e));
                String message = failure.apply(e);
                fx.execute(() -> {
                    busy.set(false);
                    status.set(message);
                });
            }
        });
    }

    private record Made(BackupFile backup, List<BackupFile> backups) {
    }

    private record Restored(Workspace workspace, List<BackupFile> backups) {
    }

    @FunctionalInterface
    private interface Work<T> {
        T call() throws Exception;
    }
}
