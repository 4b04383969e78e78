package org.qiyouxiang.app.ui.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.targets.Judgement;

/**
 * Records what a lead unit reported for an indicator in a quarter: the value as written, the date of
 * the report and a note. Shows the year's target and how the typed value would be judged against it.
 */
public final class ActualDialog extends Dialog<ButtonType> {

    public static final ButtonType SAVE = new ButtonType(Messages.get("actualDialog.save"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(Messages.get("button.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    @FXML private Label targetLabel;
    @FXML private Label reportedLabel;
    @FXML private ComboBox<Integer> quarterBox;
    @FXML private TextField valueField;
    @FXML private HBox judgementBox;
    @FXML private DatePicker datePicker;
    @FXML private TextArea noteArea;

    public ActualDialog(Window owner, ActualForm form) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("actualDialog.title"));
        setHeaderText(Messages.get("actualDialog.header", form.row().name(), form.year()));
        setResizable(true);
        getDialogPane().setContent(load());
        getDialogPane().setId("actualDialog");
        getDialogPane().getButtonTypes().addAll(SAVE, CANCEL);
        bind(form);
        Node save = getDialogPane().lookupButton(SAVE);
        save.disableProperty().bind(form.validProperty().not());
        // A date typed but not yet confirmed with Enter would otherwise be lost.
        save.addEventFilter(ActionEvent.ACTION, e -> commitTypedDate());
        setOnShown(e -> {
            valueField.requestFocus();
            valueField.selectAll(); // a stored value is there to be corrected: typing replaces it
        });
    }

    private Parent load() {
        FXMLLoader loader = new FXMLLoader(ActualDialog.class.getResource(
                "/org/qiyouxiang/app/ui/indicators/ActualDialog.fxml"), Messages.bundle());
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bind(ActualForm form) {
        String target = form.targetText();
        targetLabel.setText(Messages.get("actualDialog.targetWithMeaning",
                target.isEmpty() ? Messages.get("indicatorTable.none") : target, form.targetMeaning()));
        reportedLabel.setText(form.reportedSummary());
        quarterBox.getItems().setAll(1, 2, 3, 4);
        quarterBox.setButtonCell(new QuarterCell());
        quarterBox.setCellFactory(list -> new QuarterCell());
        quarterBox.valueProperty().bindBidirectional(form.quarterProperty());
        valueField.textProperty().bindBidirectional(form.textProperty());
        datePicker.valueProperty().bindBidirectional(form.reportedOnProperty());
        noteArea.textProperty().bindBidirectional(form.noteProperty());
        form.judgementProperty().addListener((obs, old, judgement) -> showJudgement(judgement));
        showJudgement(form.judgementProperty().get());
    }

    private void showJudgement(Judgement judgement) {
        if (judgement == null) {
            judgementBox.getChildren().clear();
            return;
        }
        Label reason = new Label(judgement.reason());
        reason.getStyleClass().add("judgement-reason");
        reason.setWrapText(true);
        judgementBox.getChildren().setAll(VerdictChip.of(judgement), reason);
    }

    private void commitTypedDate() {
        String typed = datePicker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return;
        }
        try {
            LocalDate date = datePicker.getConverter().fromString(typed);
            if (date != null) {
                datePicker.setValue(date);
            }
        } catch (DateTimeParseException e) {
            // Not a date: the picker keeps its last good value, which is what is shown when the field leaves.
        }
    }

    /** Shows the dialog; true when the clerk pressed 保存. */
    public boolean saved() {
        return showAndWait().filter(b -> b == SAVE).isPresent();
    }

    /** 一季度 … 四季度. */
    private static final class QuarterCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer quarter, boolean empty) {
            super.updateItem(quarter, empty);
            setText(empty || quarter == null ? null : Quarters.label(quarter));
        }
    }
}
