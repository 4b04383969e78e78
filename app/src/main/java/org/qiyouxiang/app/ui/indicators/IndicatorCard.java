package org.qiyouxiang.app.ui.indicators;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.YearTarget;
import org.qiyouxiang.db.model.IndicatorActual;

/**
 * One indicator's facts in a small card: name (★ for a core indicator), unit, direction, lead unit,
 * baseline, the target of every programme year as written, and the latest actual of the row's year with
 * its judgement. For the item pane of a 重点指标 work item: read the row in the background with
 * {@code workspace.indicators().indicatorForWorkItem(itemId, year)}, then show {@code new IndicatorCard(row)}.
 */
public final class IndicatorCard extends VBox {

    public IndicatorCard(IndicatorRow row) {
        super(8);
        getStyleClass().add("indicator-card");
        setId("indicatorCard");
        setUserData(row);
        Label name = new Label((row.core() ? Messages.get("indicatorTable.coreMark") + " " : "") + row.name());
        name.getStyleClass().add("indicator-card-name");
        name.setWrapText(true);
        GridPane facts = new GridPane();
        facts.getStyleClass().add("item-facts");
        fact(facts, 0, "indicatorCard.unit", row.unit());
        fact(facts, 1, "indicatorCard.direction", Messages.get("direction." + row.direction().name()));
        fact(facts, 2, "indicatorCard.leadUnit", row.leadUnit());
        fact(facts, 3, "indicatorCard.baseline", row.baseline());
        getChildren().addAll(name, facts, targets(row), latest(row));
    }

    private static void fact(GridPane facts, int line, String key, String value) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("fact-label");
        Label text = new Label(value == null || value.isBlank() ? Messages.get("item.none") : value);
        text.setWrapText(true);
        facts.addRow(line, label, text);
    }

    /** A column per programme year: the year over its target; the row's year set apart. */
    private static VBox targets(IndicatorRow row) {
        Label title = new Label(Messages.get("indicatorCard.targets"));
        title.getStyleClass().add("fact-label");
        GridPane years = new GridPane();
        years.getStyleClass().add("indicator-card-targets");
        for (int i = 0; i < row.targets().size(); i++) {
            YearTarget target = row.targets().get(i);
            Label year = new Label(Messages.get("indicatorTable.column.year", target.year()));
            year.getStyleClass().add("indicator-card-year");
            String text = target.text();
            Label value = new Label(text.isEmpty() ? Messages.get("trend.none") : text);
            value.setWrapText(true);
            value.setTooltip(new Tooltip(TargetTips.tip(row, target.year())));
            if (TargetTips.isFreeText(text)) {
                value.getStyleClass().add("free-text-target");
            }
            if (target.year() == row.year()) {
                year.getStyleClass().add(IndicatorColumns.YEAR_SHOWN);
                value.getStyleClass().add(IndicatorColumns.YEAR_SHOWN);
            }
            GridPane.setHalignment(year, HPos.CENTER);
            GridPane.setHalignment(value, HPos.CENTER);
            years.add(year, i, 0);
            years.add(value, i, 1);
        }
        return new VBox(4, title, years);
    }

    private static HBox latest(IndicatorRow row) {
        Label title = new Label(Messages.get("indicatorCard.latest", row.year()));
        title.getStyleClass().add("fact-label");
        IndicatorActual actual = row.latestActual();
        HBox line = new HBox(8, title);
        line.getStyleClass().add("indicator-card-latest");
        if (actual == null) {
            Label none = new Label(Messages.get("indicatorTable.notReported"));
            none.getStyleClass().add("not-reported");
            line.getChildren().add(none);
            return line;
        }
        Label value = new Label(actual.text());
        value.setId("indicatorCardActual");
        Label when = new Label(Messages.get("indicatorTable.actualTip", Quarters.label(actual.quarter())));
        when.getStyleClass().add("item-path");
        Label reason = new Label(row.judgement().reason());
        reason.getStyleClass().add("judgement-reason");
        reason.setWrapText(true);
        line.getChildren().addAll(value, when, VerdictChip.of(row.judgement()), reason);
        return line;
    }
}
