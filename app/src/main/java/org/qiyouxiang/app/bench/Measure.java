package org.qiyouxiang.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a piece of work after a warm-up and gives the median, in milliseconds. */
public final class Measure {

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    @FunctionalInterface
    public interface TimedWork {
        /** Returns its own duration in milliseconds, for work that times only part of itself. */
        double run() throws Exception;
    }

    private Measure() {
    }

    public static double medianMillis(int warmups, int runs, Work work) throws Exception {
        return median(warmups, runs, () -> {
            long start = System.nanoTime();
            work.run();
            return (System.nanoTime() - start) / 1e6;
        });
    }

    public static double median(int warmups, int runs, TimedWork work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(work.run());
        }
        return median(times);
    }

    public static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
