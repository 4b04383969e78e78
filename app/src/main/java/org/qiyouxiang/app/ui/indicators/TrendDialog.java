package org.qiyouxiang.app.ui.indicators;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.service.IndicatorSeries;

/**
 * One indicator from its baseline to the programme's last year: targets and actuals as two lines (a
 * value without a number is a gap, listed below the chart), and every year's texts and judgement in a
 * small table under it.
 */
public final class TrendDialog extends Dialog<ButtonType> {

    private static final String TARGET = "trend-target";
    private static final String ACTUAL = "trend-actual";

    public TrendDialog(Window owner, IndicatorSeries series) {
        if (owner != null) {
            initOwner(owner);
        }
        List<IndicatorSeries.Point> points = series.points();
        setTitle(Messages.get("trend.title", series.name()));
        setHeaderText(Messages.get("trend.header", series.name(), points.get(0).year(),
                points.get(points.size() - 1).year()));
        setResizable(true);
        TrendModel model = new TrendModel(series);
        VBox content = new VBox(10, chart(model, series), legend(points.get(0).year()), table(points));
        if (!model.undrawn().isEmpty()) {
            Label undrawn = new Label(Messages.get("trend.undrawn",
                    String.join(Messages.get("judge.separator"), model.undrawn())));
            undrawn.setId("trendUndrawn");
            undrawn.getStyleClass().add("trend-undrawn");
            undrawn.setWrapText(true);
            content.getChildren().add(undrawn);
        }
        content.getStyleClass().add("trend-content");
        content.setPrefWidth(780);
        getDialogPane().setContent(content);
        getDialogPane().setId("trendDialog");
        getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static LineChart<String, Number> chart(TrendModel model, IndicatorSeries series) {
        CategoryAxis years = new CategoryAxis(FXCollections.observableArrayList(model.categories()));
        years.setAutoRanging(false);
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(false);
        if (series.unit() != null && !series.unit().isBlank()) {
            values.setLabel(Messages.get("trend.unit", series.unit()));
        }
        LineChart<String, Number> chart = new LineChart<>(years, values);
        chart.setId("trendChart");
        chart.getStyleClass().add("trend-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(780, 360);
        addRuns(chart, model.targetRuns(), TARGET, Messages.get("trend.row.target"));
        addRuns(chart, model.actualRuns(), ACTUAL, Messages.get("trend.row.actual"));
        styleRuns(chart);
        return chart;
    }

    /** One chart series per run, so that a year without a number leaves a gap instead of a bridging line. */
    private static void addRuns(LineChart<String, Number> chart, List<List<TrendModel.Point>> runs, String style,
                                String what) {
        for (List<TrendModel.Point> run : runs) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(style); // the legend is hidden (ours is drawn below): the name carries the style
            for (TrendModel.Point point : run) {
                XYChart.Data<String, Number> data = new XYChart.Data<>(point.category(), point.value());
                data.setExtraValue(point);
                series.getData().add(data);
            }
            chart.getData().add(series);
            for (XYChart.Data<String, Number> data : series.getData()) {
                TrendModel.Point point = (TrendModel.Point) data.getExtraValue();
                Tooltip.install(data.getNode(), new Tooltip(point.category() + " " + what + " " + point.text()));
            }
        }
    }

    /**
     * Colours every run as a target or an actual. Done once all are added: adding a series resets the
     * style classes of the series before it.
     */
    private static void styleRuns(LineChart<String, Number> chart) {
        for (XYChart.Series<String, Number> series : chart.getData()) {
            series.getNode().getStyleClass().add(series.getName());
            series.getData().forEach(d -> d.getNode().getStyleClass().add(series.getName()));
        }
    }

    private static Node legend(int baselineYear) {
        HBox legend = new HBox(18, key(TARGET, Messages.get("trend.target")),
                key(ACTUAL, Messages.get("trend.actual", baselineYear)));
        legend.getStyleClass().add("trend-legend");
        return legend;
    }

    private static Node key(String style, String text) {
        Region line = new Region();
        line.getStyleClass().addAll("trend-key", style);
        Label label = new Label(text, line);
        label.setGraphicTextGap(6);
        return label;
    }

    /** The texts as written, year by year, with the judgement of each year's actual. */
    private static GridPane table(List<IndicatorSeries.Point> points) {
        GridPane grid = new GridPane();
        grid.setId("trendTable");
        grid.getStyleClass().add("trend-table");
        grid.add(header(""), 0, 0);
        grid.add(header(Messages.get("trend.row.target")), 0, 1);
        grid.add(header(Messages.get("trend.row.actual")), 0, 2);
        grid.add(header(Messages.get("trend.row.verdict")), 0, 3);
        for (int i = 0; i < points.size(); i++) {
            IndicatorSeries.Point p = points.get(i);
            grid.add(header(TrendModel.category(p)), i + 1, 0);
            grid.add(cell(p.baseline() ? "" : p.targetText()), i + 1, 1);
            grid.add(cell(p.actualText()), i + 1, 2);
            if (!p.baseline() && p.verdict() != null && !p.actualText().isEmpty()) {
                grid.add(VerdictChip.of(new Judgement(p.verdict(), "")), i + 1, 3);
            }
        }
        return grid;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("trend-table-header");
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text == null || text.isEmpty() ? Messages.get("trend.none") : text);
        label.setWrapText(true);
        label.setMaxWidth(130);
        return label;
    }
}
