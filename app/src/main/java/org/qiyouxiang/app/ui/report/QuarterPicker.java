package org.qiyouxiang.app.ui.report;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;

/** Two choice boxes, year and quarter, kept in step with a {@link QuarterChoice} property both ways. */
final class QuarterPicker extends HBox {

    private final ChoiceBox<Integer> year = new ChoiceBox<>();
    private final ChoiceBox<Integer> quarter = new ChoiceBox<>();

    QuarterPicker(ObjectProperty<QuarterChoice> choice, List<Integer> years, String idPrefix) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        List<Integer> offered = new ArrayList<>(years);
        if (choice.get() != null && !offered.contains(choice.get().year())) {
            offered.add(choice.get().year());
            offered.sort(null);
        }
        year.getItems().setAll(offered);
        year.setConverter(converter(y -> Messages.get("tree.year", y)));
        quarter.getItems().setAll(1, 2, 3, 4);
        quarter.setConverter(converter(Quarters::label));
        year.setId(idPrefix + "Year");
        quarter.setId(idPrefix + "Quarter");
        show(choice.get());
        choice.addListener((obs, old, now) -> show(now));
        Runnable chosen = () -> {
            if (year.getValue() != null && quarter.getValue() != null) {
                choice.set(new QuarterChoice(year.getValue(), quarter.getValue()));
            }
        };
        year.valueProperty().addListener(o -> chosen.run());
        quarter.valueProperty().addListener(o -> chosen.run());
        getChildren().addAll(new Label(Messages.get("report.choice.year")), year,
                new Label(Messages.get("report.choice.quarter")), quarter);
    }

    private void show(QuarterChoice shown) {
        if (shown != null) {
            year.setValue(shown.year());
            quarter.setValue(shown.quarter());
        }
    }

    private static StringConverter<Integer> converter(java.util.function.IntFunction<String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public Integer fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
