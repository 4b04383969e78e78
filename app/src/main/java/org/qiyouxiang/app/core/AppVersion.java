package org.qiyouxiang.app.core;

/** The app's version, from the jar's manifest (Implementation-Version); 开发版 when run from the classes. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String text() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? Messages.get("about.devVersion") : version;
    }
}
