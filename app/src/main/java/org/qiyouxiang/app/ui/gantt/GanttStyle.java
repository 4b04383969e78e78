package org.qiyouxiang.app.ui.gantt;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.qiyouxiang.app.core.gantt.GanttBar;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.Status;

/**
 * The chart is drawn on a canvas, which CSS cannot reach; so the skin keeps one hidden label per
 * role ({@code .gantt-probe.header}, {@code .gantt-probe.bar-lagging} …) and reads the fonts,
 * text colours and background fills the stylesheet gave them. All colours stay in
 * {@code gantt-view.css}, as looked-up colours like everywhere else. The status probes are not named
 * {@code status-lagging}: the palette's own rule for that class (a table cell's one pale fill) comes from
 * an author stylesheet and would win over the chart's, leaving bars, edges and stripes all pale.
 */
final class GanttStyle {

    static final String TEXT = "text";
    static final String MUTED = "muted";
    static final String HEADER = "header";
    static final String AREA = "area";
    static final String KIND = "kind";
    static final String ROW = "row";
    static final String SELECTED = "selected";
    static final String GRID = "grid";
    static final String TODAY = "today";
    static final String BAR = "bar";
    static final String HOVER = "hover";
    static final String MARKER = "marker";
    private static final List<String> ROLES = List.of(TEXT, MUTED, HEADER, AREA, KIND, ROW, SELECTED, GRID, TODAY,
            BAR, HOVER, MARKER);

    private final Group probes = new Group();
    private final Map<String, Label> byRole = new HashMap<>();

    GanttStyle() {
        probes.setManaged(false);
        probes.setVisible(false);
        for (String role : ROLES) {
            add(role);
        }
        for (Status status : Status.values()) {
            add(status(status));
        }
        add(UNREPORTED);
    }

    /** 未报送: a quarter that has ended with nothing reported; the palette's tone for it, as the table shows it. */
    static final String UNREPORTED = "bar-undecided";

    /** {@code bar-on-track} for ON_TRACK. */
    static String status(Status status) {
        return "bar-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void add(String role) {
        Label probe = new Label("中");
        probe.getStyleClass().setAll("gantt-probe", role);
        byRole.put(role, probe);
        probes.getChildren().add(probe);
    }

    /** The hidden labels; they must be in the control's scene graph to receive CSS. */
    Node probes() {
        return probes;
    }

    /** What the stylesheet says now, for one paint. */
    Palette palette() {
        Map<String, Role> roles = new HashMap<>();
        byRole.forEach((name, probe) -> roles.put(name, new Role(probe.getFont(), probe.getTextFill(),
                fills(probe.getBackground()))));
        return new Palette(roles);
    }

    private static List<Paint> fills(Background background) {
        if (background == null || background.getFills().isEmpty()) {
            return List.of(Color.TRANSPARENT);
        }
        return background.getFills().stream().map(BackgroundFill::getFill).toList();
    }

    /** One role's font, text colour and fills (several, for roles such as grid: quarter, year, month). */
    record Role(Font font, Paint text, List<Paint> fills) {

        Paint fill() {
            return fills.get(0);
        }

        /** The i-th fill, or the last one the stylesheet gave. */
        Paint fill(int i) {
            return fills.get(Math.min(i, fills.size() - 1));
        }
    }

    record Palette(Map<String, Role> roles) {

        Role role(String name) {
            return roles.get(name);
        }

        Role status(Status status) {
            return roles.get(GanttStyle.status(status));
        }

        /** The colour of a quarter of a bar: 未报送 where nothing was reported in time, else its status. */
        Role quarter(GanttBar bar, Quarter quarter) {
            return bar.unreported(quarter) ? roles.get(UNREPORTED) : status(bar.status(quarter));
        }
    }
}
