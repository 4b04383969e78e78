package org.qiyouxiang.app.ui.bench;

import java.lang.management.ManagementFactory;

/**
 * Lines a window prints when it has drawn a frame, read by the startup benchmark from the child's
 * output. Printed only when {@code -Dqiyouxiang.benchMarkers=true}.
 */
public final class FrameMarkers {

    public static final String FIRST_FRAME = "first-frame";
    public static final String FILLED_FRAME = "filled-frame";
    public static final String MEMORY = "memory";
    public static final String PREFIX = "BENCH-MARK ";
    /** Before the process's CPU time in a marker's line. */
    public static final String CPU = "cpu=";
    /** USER_HZ, which Linux fixes at 100 for /proc whatever the kernel's own tick. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private FrameMarkers() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("qiyouxiang.benchMarkers");
    }

    /** The used heap after a full collection and the process's resident memory (Linux; -1 elsewhere), in MB. */
    public static void printMemory() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.println(PREFIX + MEMORY + " heap=" + heap + " rss=" + residentMegabytes());
        System.out.flush();
    }

    private static long residentMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /**
     * Prints the marker with the JVM's uptime (for reading a start-up's timeline by eye) and the CPU time the
     * whole process has used so far, every thread together ({@code cpu=} milliseconds; Linux, else absent).
     */
    public static void print(String marker) {
        long cpu = processCpuMillis();
        System.out.println(PREFIX + marker + " " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms"
                + (cpu < 0 ? "" : " " + CPU + cpu));
        System.out.flush();
    }

    /** The process's user and system CPU time from /proc/self/stat, in ms; -1 where there is none. */
    static long processCpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // The fields after the command name, which is in parentheses and may hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
