package org.qiyouxiang.app;

/** A start for {@link ClassArchiveTest}: says whether its JVM shares classes, then does what the app does. */
public final class ClassArchiveChild {

    private ClassArchiveChild() {
    }

    public static void main(String[] args) {
        System.out.println("sharing=" + System.getProperty("java.vm.info").contains("sharing"));
        ClassArchive.wantedHere().ifPresent(ClassArchive::make);
        System.out.println("done");
    }
}
