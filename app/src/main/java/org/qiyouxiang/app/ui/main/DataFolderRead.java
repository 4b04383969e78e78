package org.qiyouxiang.app.ui.main;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.dashboard.DashboardViewModel;
import org.qiyouxiang.db.model.WorkList;
import org.qiyouxiang.db.model.WorkListSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window reads from a data folder, off the FX thread: at the start (opened, every year read, 总览's
 * figures), and again after an import, a restore or a reload (every year read).
 */
final class DataFolderRead {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolderRead.class);

    private DataFolderRead() {
    }

    /** Opens the data folder and reads every stored year: at the start, off the FX thread. */
    static Loaded openAndRead(Path dataFolder) {
        long start = System.nanoTime();
        Workspace opened = Workspace.open(dataFolder);
        long open = System.nanoTime();
        Years years = load(opened);
        // 总览's figures too: the first screen shows them, and on this thread they are read while the window
        // is still being styled, not after the data came.
        DashboardViewModel.Figures figures = DashboardViewModel.readDefault(opened);
        LOG.info("data folder opened in {} ms, read in {} ms (JVM up {} ms)", (open - start) / 1_000_000,
                (System.nanoTime() - open) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime());
        return new Loaded(opened, years, figures);
    }

    /** Every stored year's list, with the indicators as the indicator table shows them for that year. */
    static Years load(Workspace workspace) {
        List<WorkList> lists = new ArrayList<>();
        Map<Integer, List<IndicatorRow>> indicators = new HashMap<>();
        for (WorkListSummary summary : workspace.workLists().years()) {
            workspace.workLists().workList(summary.year()).ifPresent(lists::add);
            indicators.put(summary.year(), workspace.indicators().indicators(summary.year()));
        }
        return new Years(lists, indicators);
    }

    record Years(List<WorkList> lists, Map<Integer, List<IndicatorRow>> indicators) {
    }

    record Loaded(Workspace workspace, Years years, DashboardViewModel.Figures figures) {
    }
}
