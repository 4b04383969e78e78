package org.qiyouxiang.app.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** PLACEHOLDER for the desktop window; being written. */
public class DesktopApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("七优享工程进度管理");
        stage.show();
    }
}
