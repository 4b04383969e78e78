package org.qiyouxiang.app.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.Page;
import org.qiyouxiang.app.core.report.PageShape;
import org.qiyouxiang.app.core.report.PageShape.FontRole;
import org.qiyouxiang.app.core.report.ReportPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the report's pages as a PDF with Apache PDFBox: every page drawn from the same shapes as the
 * print preview, as vectors, with the chosen fonts embedded as subsets (only the characters used).
 */
public final class PdfReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReportWriter.class);

    private final ReportFonts.Choice fonts;

    public PdfReportWriter(ReportFonts.Choice fonts) {
        this.fonts = fonts;
    }

    /** Writes to {@code out} directly; callers that replace a file write to a temporary file first. */
    public void write(ReportPages pages, String title, Path out) throws IOException {
        List<Closeable> open = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            Map<FontRole, Face> faces = load(document, open);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator(Messages.get("app.title"));
            for (Page page : pages.pages()) {
                PDPage pdfPage = new PDPage(new PDRectangle((float) page.setup().width(), (float) page.setup().height()));
                document.addPage(pdfPage);
                try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
                    new PdfCanvas(stream, (float) page.setup().height(), faces).draw(page.shapes());
                }
            }
            document.save(out.toFile());
        } finally {
            for (Closeable c : open) {
                c.close();
            }
        }
    }

    private Map<FontRole, Face> load(PDDocument document, List<Closeable> open) throws IOException {
        Map<Path, Face> byFile = new HashMap<>();
        Map<FontRole, Face> faces = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            Path file = fonts.of(role);
            Face face = byFile.get(file);
            if (face == null) {
                face = new Face(loadFont(document, file, open));
                byFile.put(file, face);
            }
            faces.put(role, face);
        }
        return faces;
    }

    private static PDType0Font loadFont(PDDocument document, Path file, List<Closeable> open) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ttc")) {
            return PDType0Font.load(document, file.toFile());
        }
        // The collection stays open until the document is saved: the subset is cut from it then.
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        open.add(collection);
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        if (first[0] == null) {
            throw new IOException("no font in " + file);
        }
        LOG.info("PDF font {} from {}", first[0].getName(), file);
        return PDType0Font.load(document, first[0], true);
    }

    /** A loaded font, with the characters it turned out to lack (drawn as □ instead of failing the export). */
    static final class Face {
        final PDType0Font font;
        private final Map<Integer, Boolean> known = new HashMap<>();

        Face(PDType0Font font) {
            this.font = font;
        }

        String drawable(String text) {
            StringBuilder out = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                boolean ok = known.computeIfAbsent(cp, this::canEncode);
                if (!ok && out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                if (out != null) {
                    if (ok) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(known.computeIfAbsent((int) '□', this::canEncode) ? '□' : '?');
                    }
                }
                i += Character.charCount(cp);
            }
            return out == null ? text : out.toString();
        }

        private boolean canEncode(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
