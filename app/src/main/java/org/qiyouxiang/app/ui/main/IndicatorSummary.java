package org.qiyouxiang.app.ui.main;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.YearTarget;

/** An indicator chosen in the tree: what it is, its target per year as written, the year's latest actual. */
final class IndicatorSummary extends VBox {

    IndicatorSummary(IndicatorRow row) {
        super(12);
        getStyleClass().add("indicator-summary");
        Label path = new Label(Messages.get("indicator.path", row.area(), row.number() == null ? "" : row.number()));
        path.getStyleClass().add("item-path");
        Label name = new Label((row.core() ? Messages.get("indicator.coreMark") : "") + row.name());
        name.setId("indicatorName");
        name.getStyleClass().add("item-name");
        name.setWrapText(true);
        GridPane facts = new GridPane();
        facts.getStyleClass().add("item-facts");
        int r = 0;
        r = fact(facts, r, Messages.get("indicator.unit"), row.unit());
        r = fact(facts, r, Messages.get("indicator.leadUnit"), row.leadUnit());
        r = fact(facts, r, Messages.get("indicator.direction"), Messages.get("direction." + row.direction().name()));
        r = fact(facts, r, Messages.get("indicator.baseline"), row.baseline());
        for (YearTarget target : row.targets()) {
            r = fact(facts, r, Messages.get("tree.year", target.year()), target.text());
        }
        String actual = row.latest().map(a -> a.text()).orElse(null);
        r = fact(facts, r, Messages.get("indicator.latest", row.year()), actual);
        fact(facts, r, Messages.get("indicator.judgement"), row.judgement().verdict().label() + "　" + row.judgement().reason());
        getChildren().addAll(path, name, facts);
    }

    private static int fact(GridPane facts, int row, String label, String value) {
        Label key = new Label(label);
        key.getStyleClass().add("fact-label");
        Label text = new Label(value == null || value.isBlank() ? Messages.get("item.none") : value);
        text.setWrapText(true);
        facts.addRow(row, key, text);
        return row + 1;
    }
}
