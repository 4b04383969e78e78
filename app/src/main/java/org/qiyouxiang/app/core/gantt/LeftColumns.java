package org.qiyouxiang.app.core.gantt;

/** The fixed left part of the chart: 序号, 名称 and 牵头单位, their widths in pixels. */
public record LeftColumns(double number, double name, double units) {

    public static final LeftColumns DEFAULT = new LeftColumns(52, 240, 150);
    /** Space between a cell's border and its text. */
    public static final double PAD_X = 8;

    public double width() {
        return number + name + units;
    }

    public double nameX() {
        return number;
    }

    public double unitsX() {
        return number + name;
    }

    public double nameTextWidth() {
        return name - 2 * PAD_X;
    }

    public double unitsTextWidth() {
        return units - 2 * PAD_X;
    }
}
