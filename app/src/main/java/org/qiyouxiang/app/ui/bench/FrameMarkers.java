package org.qiyouxiang.app.ui.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Lines a window prints when it has drawn a frame, read by the startup benchmark from the child's
 * output. Printed only when {@code -Dqiyouxiang.benchMarkers=true}.
 */
public final class FrameMarkers {

    public static final String FIRST_FRAME = "first-frame";
    public static final String FILLED_FRAME = "filled-frame";
    public static final String MEMORY = "memory";
    public static final String PREFIX = "BENCH-MARK ";

    private FrameMarkers() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("qiyouxiang.benchMarkers");
    }

    /** Runs after the next pulse has laid out the scene and handed it to the renderer. */
    public static void afterNextFrame(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
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

    public static void print(String marker) {
        // The JVM's uptime beside the marker, for reading a start-up's timeline by eye.
        System.out.println(PREFIX + marker + " " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
        System.out.flush();
    }
}
