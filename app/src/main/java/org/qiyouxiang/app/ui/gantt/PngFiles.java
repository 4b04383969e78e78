package org.qiyouxiang.app.ui.gantt;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image as PNG through javax.imageio, copying its pixels into a BufferedImage: no
 * javafx-swing module needed. Pixels are read on the FX thread; encoding may run anywhere.
 */
final class PngFiles {

    private PngFiles() {
    }

    /** The image's pixels as an opaque BufferedImage (pictures are painted on white). */
    static BufferedImage toBufferedImage(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        return out;
    }

    static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    static void write(Image image, Path file) throws IOException {
        write(toBufferedImage(image), file);
    }
}
