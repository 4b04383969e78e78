package org.qiyouxiang.app.ui.dashboard;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;
import org.qiyouxiang.app.core.report.IndicatorRate;
import org.qiyouxiang.app.core.report.StatusCounts;

/**
 * The row of figures under the title: 事项总数, 已完成, 推进中, 滞后, 未报送 (each with its share of the items,
 * in its status colour) and the key indicators' 达标率 with how many were met of those judged.
 */
final class FigureCards extends HBox {

    private final Card items = new Card("figureItems", "dashboard.card.items", null);
    private final Card done = new Card("figureDone", "status.DONE", Tone.DONE);
    private final Card onTrack = new Card("figureOnTrack", "status.ON_TRACK", Tone.ON_TRACK);
    private final Card lagging = new Card("figureLagging", "status.LAGGING", Tone.LAGGING);
    private final Card notReported = new Card("figureNotReported", "status.notReported", Tone.UNDECIDED);
    private final Card rate = new Card("figureRate", "dashboard.card.rate", null);

    FigureCards(DashboardViewModel viewModel) {
        getStyleClass().add("figure-cards");
        getChildren().addAll(items, done, onTrack, lagging, notReported, rate);
        getChildren().forEach(card -> HBox.setHgrow(card, Priority.ALWAYS));
        Tooltip.install(items, new Tooltip(Messages.get("dashboard.card.otherTip")));
        viewModel.dashboardProperty().addListener(o -> show(viewModel.totalsProperty().get(), viewModel.indicatorRate()));
        show(viewModel.totalsProperty().get(), viewModel.indicatorRate());
    }

    private void show(StatusCounts counts, IndicatorRate indicators) {
        items.show(counts.items(), Messages.get("dashboard.card.other", counts.other()));
        done.show(counts.done(), share(counts.done(), counts));
        onTrack.show(counts.onTrack(), share(counts.onTrack(), counts));
        lagging.show(counts.lagging(), share(counts.lagging(), counts));
        notReported.show(counts.notReported(), share(counts.notReported(), counts));
        rate.show(DashboardTexts.rate(indicators), DashboardTexts.rateDetail(indicators));
    }

    private static String share(int count, StatusCounts counts) {
        return Messages.get("dashboard.card.share", DashboardTexts.share(count, counts.items()));
    }

    /** A caption, a big figure and a line under it; a coloured edge for a status. */
    private static final class Card extends VBox {

        private final Label figure = new Label();
        private final Label detail = new Label();

        Card(String id, String captionKey, Tone tone) {
            setId(id);
            getStyleClass().add("figure-card");
            if (tone != null) {
                getStyleClass().add("figure-" + tone.styleClass());
            }
            Label caption = new Label(Messages.get(captionKey));
            caption.getStyleClass().add("figure-caption");
            figure.getStyleClass().add("figure-value");
            detail.getStyleClass().add("figure-detail");
            getChildren().addAll(caption, figure, detail);
        }

        void show(int value, String below) {
            show(String.valueOf(value), below);
        }

        void show(String value, String below) {
            figure.setText(value);
            detail.setText(below);
            // A narrow window cuts the line (达标 0 / 1 项，2…): pointing at it shows all of it.
            if (detail.getTooltip() == null) {
                detail.setTooltip(new Tooltip());
            }
            detail.getTooltip().setText(below);
        }
    }
}
