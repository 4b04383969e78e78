package org.qiyouxiang.app.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.qiyouxiang.app.core.report.PageShape;
import org.qiyouxiang.app.core.report.PageShape.FontRole;

/**
 * Draws page shapes into a PDF page's content stream. The page model counts y downwards from the top;
 * PDF upwards from the bottom. Lines of one colour and width are stroked together as one path.
 */
final class PdfCanvas {

    private final PDPageContentStream stream;
    private final float pageHeight;
    private final Map<FontRole, PdfReportWriter.Face> faces;
    private String pathColour;
    private double pathWidth = -1;
    private boolean pathOpen;

    PdfCanvas(PDPageContentStream stream, float pageHeight, Map<FontRole, PdfReportWriter.Face> faces) {
        this.stream = stream;
        this.pageHeight = pageHeight;
        this.faces = faces;
    }

    void draw(List<PageShape> shapes) throws IOException {
        for (PageShape shape : shapes) {
            if (shape instanceof PageShape.Stroke line) {
                stroke(line);
            } else if (shape instanceof PageShape.Fill fill) {
                finishPath();
                colour(fill.colour(), false);
                stream.addRect((float) fill.x(), y(fill.y() + fill.height()), (float) fill.width(), (float) fill.height());
                stream.fill();
            } else if (shape instanceof PageShape.Text text) {
                finishPath();
                text(text);
            }
        }
        finishPath();
    }

    private void stroke(PageShape.Stroke line) throws IOException {
        if (pathOpen && (!line.colour().equals(pathColour) || line.lineWidth() != pathWidth)) {
            finishPath();
        }
        if (!pathOpen) {
            colour(line.colour(), true);
            stream.setLineWidth((float) line.lineWidth());
            pathColour = line.colour();
            pathWidth = line.lineWidth();
            pathOpen = true;
        }
        stream.moveTo((float) line.x1(), y(line.y1()));
        stream.lineTo((float) line.x2(), y(line.y2()));
    }

    private void finishPath() throws IOException {
        if (pathOpen) {
            stream.stroke();
            pathOpen = false;
        }
    }

    private void text(PageShape.Text text) throws IOException {
        PdfReportWriter.Face face = faces.get(text.font());
        String drawable = face.drawable(text.text());
        float size = (float) text.size();
        float width = face.font.getStringWidth(drawable) / 1000f * size;
        float scaling = 100f;
        if (width > text.width() && width > 0) {
            // Narrowed rather than crossing the cell's border: the row heights count lines, not glyphs.
            scaling = (float) (100 * text.width() / width);
            width = (float) text.width();
        }
        double x = switch (text.align()) {
            case LEFT -> text.x();
            case CENTRE -> text.x() + (text.width() - width) / 2;
            case RIGHT -> text.x() + text.width() - width;
        };
        colour(text.colour(), false);
        stream.beginText();
        stream.setFont(face.font, size);
        stream.setHorizontalScaling(scaling);
        stream.newLineAtOffset((float) x, y(text.baseline()));
        stream.showText(drawable);
        stream.endText();
    }

    private void colour(String hex, boolean stroking) throws IOException {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        float r = ((rgb >> 16) & 0xff) / 255f;
        float g = ((rgb >> 8) & 0xff) / 255f;
        float b = (rgb & 0xff) / 255f;
        if (stroking) {
            stream.setStrokingColor(r, g, b);
        } else {
            stream.setNonStrokingColor(r, g, b);
        }
    }

    private float y(double top) {
        return (float) (pageHeight - top);
    }
}
