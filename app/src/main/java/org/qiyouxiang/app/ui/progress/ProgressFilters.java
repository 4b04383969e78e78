package org.qiyouxiang.app.ui.progress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.qiyouxiang.app.core.progress.ItemFilter;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkItem;

/**
 * What the clerk narrows the table to: area, kind, lead unit, person, status, 只看滞后, 本季度未报送 and the
 * search text. A null choice means all. The choices come from the year's list.
 */
public final class ProgressFilters {

    private final ObjectProperty<String> area = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> leadUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<String> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final BooleanProperty onlyLagging = new SimpleBooleanProperty();
    private final BooleanProperty notReported = new SimpleBooleanProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<String> areas = FXCollections.observableArrayList();
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObservableList<String> persons = FXCollections.observableArrayList();

    /** The filter for the choices made; {@code found} the items a search found (null: no search). */
    public ItemFilter filter(Set<Long> found) {
        return new ItemFilter(area.get(), kind.get(), leadUnit.get(), person.get(), status.get(),
                onlyLagging.get(), notReported.get(), found);
    }

    /** Everything whose change shows other rows; the search text is listened to on its own. */
    Observable[] criteria() {
        return new Observable[] {area, kind, leadUnit, person, status, onlyLagging, notReported};
    }

    /** The year's areas, units and persons; a choice the new year does not have is dropped. */
    void chooseFrom(ProgressBook book) {
        Set<String> areaNames = new LinkedHashSet<>();
        for (WorkItem item : book.items()) {
            if (item.area() != null) {
                areaNames.add(item.area());
            }
        }
        replace(areas, new ArrayList<>(areaNames), area);
        replace(units, book.units(), leadUnit);
        replace(persons, book.persons(), person);
    }

    private static void replace(ObservableList<String> choices, List<String> now, ObjectProperty<String> chosen) {
        if (!choices.equals(now)) {
            choices.setAll(now);
        }
        if (chosen.get() != null && !now.contains(chosen.get())) {
            chosen.set(null);
        }
    }

    /** Back to all rows: the search box is emptied too, as a clerk who asks for every row expects. */
    public void clear() {
        search.set("");
        area.set(null);
        kind.set(null);
        leadUnit.set(null);
        person.set(null);
        status.set(null);
        onlyLagging.set(false);
        notReported.set(false);
    }

    public ObjectProperty<String> areaProperty() {
        return area;
    }

    public ObjectProperty<ItemKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> leadUnitProperty() {
        return leadUnit;
    }

    public ObjectProperty<String> personProperty() {
        return person;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public BooleanProperty onlyLaggingProperty() {
        return onlyLagging;
    }

    public BooleanProperty notReportedProperty() {
        return notReported;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<String> areas() {
        return areas;
    }

    public ObservableList<String> units() {
        return units;
    }

    public ObservableList<String> persons() {
        return persons;
    }
}
