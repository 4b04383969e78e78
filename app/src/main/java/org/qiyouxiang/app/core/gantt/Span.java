package org.qiyouxiang.app.core.gantt;

/** A horizontal stretch of the timeline in pixels: where a bar or a quarter starts and how wide it is. */
public record Span(double x, double width) {

    public double end() {
        return x + width;
    }

    public boolean contains(double px) {
        return px >= x && px < end();
    }

    /** The same stretch moved, e.g. from timeline to screen coordinates. */
    public Span shift(double dx) {
        return new Span(x + dx, width);
    }
}
