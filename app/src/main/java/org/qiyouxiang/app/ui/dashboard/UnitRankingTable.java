package org.qiyouxiang.app.ui.dashboard;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.StatusCounts;
import org.qiyouxiang.app.core.report.Summary.UnitRank;

/**
 * The lead units' ranking (晾晒), best first: rank, unit, 完成率 as a bar in the done colour, the lagging
 * count (red when any) and the move since last quarter (↑ green, ↓ red).
 */
final class UnitRankingTable extends TableView<UnitRank> {

    private static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final PseudoClass SOME = PseudoClass.getPseudoClass("some");

    UnitRankingTable(ObservableList<UnitRank> ranking) {
        super(ranking);
        setId("unitRanking");
        getStyleClass().addAll("dense", "dashboard-table", "unit-ranking");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(Messages.get("dashboard.ranking.none")));
        TableColumn<UnitRank, UnitRank> rank = column("report.header.rank", 52, r -> r);
        rank.setCellFactory(c -> new TextCell(r -> String.valueOf(r.rank()), "rank-cell", null, null));
        TableColumn<UnitRank, UnitRank> unit = column("report.header.units", 190, r -> r);
        unit.setCellFactory(c -> new TextCell(UnitRank::unit, "unit-cell", null, UnitRank::unit));
        TableColumn<UnitRank, UnitRank> rate = column("report.header.rate", 150, r -> r);
        rate.setCellFactory(c -> new RateCell());
        TableColumn<UnitRank, UnitRank> lagging = column("status.LAGGING", 56, r -> r);
        lagging.setCellFactory(c -> new TextCell(r -> String.valueOf(r.counts().lagging()), "number-cell",
                r -> r.counts().lagging() > 0 ? SOME : null, null));
        TableColumn<UnitRank, UnitRank> change = column("report.header.rankChange", 80, r -> r);
        change.setCellFactory(c -> new TextCell(r -> DashboardTexts.rankChange(r.rankChange()), "change-cell",
                r -> r.rankChange() == null || r.rankChange() == 0 ? null : r.rankChange() > 0 ? UP : DOWN,
                r -> DashboardTexts.rankChangeInWords(r.rankChange())));
        getColumns().setAll(List.of(rank, unit, rate, lagging, change));
    }

    private static TableColumn<UnitRank, UnitRank> column(String key, double width, Function<UnitRank, UnitRank> value) {
        TableColumn<UnitRank, UnitRank> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** A text, with a pseudo-class the stylesheet colours by. */
    private static final class TextCell extends TableCell<UnitRank, UnitRank> {

        private final Function<UnitRank, String> text;
        private final Function<UnitRank, PseudoClass> state;
        private final Function<UnitRank, String> tip;

        TextCell(Function<UnitRank, String> text, String styleClass, Function<UnitRank, PseudoClass> state,
                 Function<UnitRank, String> tip) {
            this.text = text;
            this.state = state;
            this.tip = tip;
            getStyleClass().add(styleClass);
        }

        @Override
        protected void updateItem(UnitRank unit, boolean empty) {
            super.updateItem(unit, empty);
            for (PseudoClass p : new PseudoClass[] {UP, DOWN, SOME}) {
                pseudoClassStateChanged(p, false);
            }
            setTooltip(null);
            if (empty || unit == null) {
                setText(null);
                return;
            }
            setText(text.apply(unit));
            PseudoClass p = state == null ? null : state.apply(unit);
            if (p != null) {
                pseudoClassStateChanged(p, true);
            }
            if (tip != null) {
                setTooltip(new Tooltip(tip.apply(unit)));
            }
        }
    }

    /** 完成率 as a bar and a percent; the tooltip gives the counts behind it. */
    private static final class RateCell extends TableCell<UnitRank, UnitRank> {

        private final ProgressBar bar = new ProgressBar();
        private final Label percent = new Label();
        private final HBox box = new HBox(8, bar, percent);

        RateCell() {
            getStyleClass().add("rate-cell");
            bar.getStyleClass().add("rate-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            percent.getStyleClass().add("rate-percent");
            percent.setMinWidth(42);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(UnitRank unit, boolean empty) {
            super.updateItem(unit, empty);
            if (empty || unit == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            StatusCounts c = unit.counts();
            bar.setProgress(c.completionRate().doubleValue());
            percent.setText(DashboardTexts.percent(c.completionRate()));
            setGraphic(box);
            setTooltip(new Tooltip(Messages.get("dashboard.ranking.tip", unit.unit(), c.items(), c.done(),
                    c.onTrack(), c.lagging(), c.notReported(), c.other())));
        }
    }
}
