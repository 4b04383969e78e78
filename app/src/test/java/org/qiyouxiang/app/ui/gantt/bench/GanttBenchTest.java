package org.qiyouxiang.app.ui.gantt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The benchmark still runs (its figures are not judged here: times vary from machine to machine). */
class GanttBenchTest {

    @Test
    void measuresASmallProgrammeAndPrintsItsFigures() throws Exception {
        // JavaFX started the way the other UI tests start it, so that they find it as they expect.
        FxToolkit.registerPrimaryStage();
        GanttBench.Figures figures = GanttBench.measure(100);

        assertThat(figures.rows()).isGreaterThan(100);
        assertThat(figures.lines()).hasSize(5)
                .allMatch(line -> line.matches("BENCH gantt\\.[a-z-]+\\.100 \\d+\\.\\d\\d ms"));
        assertThat(java.util.List.of(figures.buildRows(), figures.firstPaint(), figures.scrollStep(), figures.scrollFrame(),
                figures.zoomChange())).allMatch(ms -> ms > 0);
    }

    @Test
    void theMedianIsTheMiddle() {
        assertThat(GanttBench.median(new double[] {5, 1, 3})).isEqualTo(3.0);
        assertThat(GanttBench.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }
}
