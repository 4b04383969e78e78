package org.qiyouxiang.app.ui.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.service.Workspace;

/**
 * An item's four quarters for the item pane: from the year the table has loaded when it is the item's
 * (so the pane shows the table's saves at once), else read through the task runner.
 */
public final class QuarterHistory {

    private final ProgressViewModel table;

    public QuarterHistory(ProgressViewModel table) {
        this.table = table;
    }

    public void quarters(long itemId, int year, Consumer<List<QuarterRow>> show) {
        ProgressBook book = table.book();
        if (book != null && book.year() == year && book.item(itemId).isPresent()) {
            show.accept(quartersOf(book, itemId, table.today()));
            return;
        }
        Workspace workspace = table.main().workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        table.main().runner().run(Messages.get("progress.loading", year), progress -> workspace.progress().load(year)
                        .filter(b -> b.item(itemId).isPresent())
                        .map(b -> quartersOf(b, itemId, workspace.progress().today())).orElse(List.of()),
                show, error -> show.accept(List.of()));
    }

    private static List<QuarterRow> quartersOf(ProgressBook book, long itemId, LocalDate today) {
        List<QuarterRow> rows = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            rows.add(book.row(itemId, q, today));
        }
        return rows;
    }
}
