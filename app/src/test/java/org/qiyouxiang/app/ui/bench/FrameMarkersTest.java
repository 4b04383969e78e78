package org.qiyouxiang.app.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The start-up benchmark reads the CPU time the app's process used by its filled frame from the markers. */
class FrameMarkersTest {

    @Test
    void processCpuTimeGrowsWithTheWorkDone() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "process CPU time is read from /proc (Linux)");
        long before = FrameMarkers.processCpuMillis();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() - start < 300_000_000L) {
            sink += Long.numberOfTrailingZeros(sink + start);
        }
        long after = FrameMarkers.processCpuMillis();

        assertThat(before).isPositive();
        // 300 ms of this thread's CPU, read at the kernel's 10 ms resolution.
        assertThat(after - before).as("work %d", sink).isGreaterThanOrEqualTo(250);
    }
}
