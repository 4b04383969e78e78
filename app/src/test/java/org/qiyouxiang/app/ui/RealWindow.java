package org.qiyouxiang.app.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The app's real window for a TestFX test, started as the clerk starts it and closed after each test:
 * {@code @RegisterExtension final RealWindow window = new RealWindow();}, then {@code window.start("--data", …)}.
 */
public final class RealWindow implements AfterEachCallback {

    private Application app;

    /** Starts the app with these arguments and gives its window. */
    public Stage start(String... args) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, args);
        return stage;
    }

    /** Quits the app as the clerk does (its data folder can then be opened by the test). */
    public void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        close();
        FxToolkit.cleanupStages();
    }
}
