package org.qiyouxiang.app.ui.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.StatusCounts;
import org.qiyouxiang.app.core.report.Summary;

/**
 * Status counts by area as horizontal stacked bars, the areas top down in the work list's order. The series
 * come in a fixed order (已完成, 推进中, 滞后, 未报送, 其他), so the stylesheet colours them by their
 * {@code default-colorN} class with the status palette's looked-up colours; each segment shows its count.
 */
final class AreaStatusChart extends StackedBarChart<Number, String> {

    /** One series per bucket of the report's summary, in the order the stylesheet colours them. */
    private enum Bucket {
        DONE("status.DONE", StatusCounts::done),
        ON_TRACK("status.ON_TRACK", StatusCounts::onTrack),
        LAGGING("status.LAGGING", StatusCounts::lagging),
        NOT_REPORTED("status.notReported", StatusCounts::notReported),
        OTHER("report.header.other", StatusCounts::other);

        final String key;
        final ToIntFunction<StatusCounts> count;

        Bucket(String key, ToIntFunction<StatusCounts> count) {
            this.key = key;
            this.count = count;
        }
    }

    AreaStatusChart(ObservableList<Summary.AreaCounts> areas) {
        super(countAxis(), new CategoryAxis());
        setId("areaChart");
        getStyleClass().add("area-status-chart");
        setAnimated(false);
        setLegendSide(Side.TOP);
        setCategoryGap(12);
        areas.addListener((ListChangeListener<Summary.AreaCounts>) c -> show(areas));
        show(areas);
    }

    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(Messages.get("dashboard.chart.items"));
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        // Counts are whole: a tick between two counts says nothing.
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        return axis;
    }

    /** The category axis puts its first category at the bottom: the areas go in from the last one. */
    private void show(List<Summary.AreaCounts> areas) {
        List<Summary.AreaCounts> bottomUp = new ArrayList<>(areas);
        Collections.reverse(bottomUp);
        List<Series<Number, String>> all = new ArrayList<>();
        for (Bucket bucket : Bucket.values()) {
            Series<Number, String> series = new Series<>();
            series.setName(Messages.get(bucket.key));
            for (Summary.AreaCounts area : bottomUp) {
                int n = bucket.count.applyAsInt(area.counts());
                XYChart.Data<Number, String> data = new XYChart.Data<>(n, area.area());
                data.setNode(segment(area.area(), series.getName(), n));
                series.getData().add(data);
            }
            all.add(series);
        }
        getData().setAll(all);
    }

    /** A bar segment with its count written in it when there is room, and a tooltip that says what it is. */
    private static StackPane segment(String area, String bucket, int count) {
        Label label = new Label(String.valueOf(count));
        label.getStyleClass().add("segment-count");
        label.setMinWidth(0);
        StackPane bar = new StackPane(label);
        label.visibleProperty().bind(bar.widthProperty().greaterThan(20));
        Tooltip tip = new Tooltip(Messages.get("dashboard.chart.tip", area, bucket, count));
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(bar, tip);
        return bar;
    }
}
