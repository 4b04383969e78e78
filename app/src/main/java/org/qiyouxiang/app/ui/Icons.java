package org.qiyouxiang.app.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** Icons from the Material Design set (Ikonli), at one size. */
public final class Icons {

    /** The icon font, loading on another thread; done when nothing was asked to load. */
    private static volatile CompletableFuture<Void> fontLoading = CompletableFuture.completedFuture(null);

    private Icons() {
    }

    /**
     * Starts loading the outlined icon font on another thread. Ikonli's first icon finds its font and loads
     * it, about 90 ms of a cold start; the window's first icons then wait only for what is left of that
     * (docs/benchmarks.md, Start-up).
     */
    public static void preload() {
        fontLoading = CompletableFuture.runAsync(() -> new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
    }

    public static FontIcon of(Ikon ikon) {
        awaitFont();
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** Ikonli's font registry is not made for two threads: the first icon here waits for the preload. */
    private static void awaitFont() {
        try {
            fontLoading.join();
        } catch (CompletionException e) {
            // The icon made here fails the same way, on this thread, where it is reported.
        }
    }
}
