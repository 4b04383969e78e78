package org.qiyouxiang.app.ui.main;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.qiyouxiang.app.core.Messages;

/**
 * A tab whose view is made the first time it is needed: when the clerk opens the tab, or when the window
 * makes it ahead of time ({@link #build()}). Until then the tab has no content, and nothing of it is styled
 * or laid out.
 */
final class LazyTab {

    private final Tab tab;
    private Supplier<Node> content;

    LazyTab(String key, String id, Supplier<Node> content) {
        this.tab = new Tab(Messages.get(key));
        this.content = content;
        tab.setId(id);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                build();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    /** Makes the view now, if it was not made yet. */
    void build() {
        if (content != null) {
            Supplier<Node> make = content;
            content = null;
            tab.setContent(make.get());
        }
    }
}
