package org.qiyouxiang.app.ui.progress;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** A read-only text cell that wraps to its column and grows the row: the dialogs' tables of texts. */
public final class WrappingCell<S> extends TableCell<S, String> {

    private final Text text = new Text();

    WrappingCell(TableColumn<S, String> column) {
        getStyleClass().add("wrapping-cell");
        text.getStyleClass().add("cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            text.setText(item);
            setGraphic(text);
        }
    }

    public static <S> void wrap(TableColumn<S, String> column) {
        column.setCellFactory(c -> new WrappingCell<>(c));
    }
}
