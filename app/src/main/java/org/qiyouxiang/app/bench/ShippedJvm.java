package org.qiyouxiang.app.bench;

import java.util.List;

/**
 * The JVM options the installed app starts with ({@code installer/src/main/jpackage/app-image.args}; a test
 * keeps the two lists the same), for the benchmarks that measure the app as the clerk runs it.
 */
public final class ShippedJvm {

    /**
     * The serial collector, starting at 64 MB (no full collection while the sample loads), giving memory back
     * in one step, a young generation of at most 16 MB (docs/benchmarks.md, Memory); C1 only
     * (docs/decisions/0020-c1-only.md) with one compiler thread.
     */
    public static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20", "-XX:-ShrinkHeapInSteps", "-XX:MaxNewSize=16m", "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1");

    private ShippedJvm() {
    }
}
