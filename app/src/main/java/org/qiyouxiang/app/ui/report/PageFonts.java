package org.qiyouxiang.app.ui.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.PageShape.FontRole;

/**
 * The faces the print preview and the printer draw a report with, chosen by family name among the fonts
 * JavaFX sees, as the PDF chooses font files: 方正小标宋简体 for titles, 黑体 for headers and 仿宋 for the
 * body, which every Chinese Windows has. Where they are missing (Linux, a bare PC) a Chinese face that is
 * there stands in, and {@link #note()} says so once.
 */
public final class PageFonts {

    static final List<String> TITLE = List.of("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05");
    static final List<String> HEADER = List.of("SimHei", "黑体");
    static final List<String> BODY = List.of("FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋");
    static final List<String> FALLBACK = List.of("WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans CJK SC",
            "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", "微软雅黑", "SimSun", "宋体",
            "AR PL UMing CN", "Droid Sans Fallback");

    private final String title;
    private final String header;
    private final String body;
    private final String note;

    private PageFonts(String title, String header, String body, String note) {
        this.title = title;
        this.header = header;
        this.body = body;
        this.note = note;
    }

    /** The faces of this computer. */
    public static PageFonts system() {
        return choose(Font.getFamilies());
    }

    /** The faces for these installed families; the official ones by name, else the first stand-in found. */
    static PageFonts choose(Collection<String> families) {
        Optional<String> header = first(families, HEADER);
        Optional<String> body = first(families, BODY);
        String standIn = first(families, FALLBACK).or(() -> header).or(() -> body).orElse(Font.getDefault().getFamily());
        String note = null;
        if (header.isEmpty() || body.isEmpty()) {
            String missing = header.isEmpty() && body.isEmpty() ? Messages.get("pdf.font.officialBoth")
                    : header.isEmpty() ? Messages.get("pdf.font.officialHeader") : Messages.get("pdf.font.officialBody");
            note = Messages.get("printPreview.font.fallback", missing, standIn);
        }
        String headerFace = header.orElse(standIn);
        return new PageFonts(first(families, TITLE).orElse(headerFace), headerFace, body.orElse(standIn), note);
    }

    private static Optional<String> first(Collection<String> families, List<String> wanted) {
        return wanted.stream().filter(families::contains).findFirst();
    }

    public String family(FontRole role) {
        return switch (role) {
            case TITLE -> title;
            case HEADER -> header;
            case BODY -> body;
        };
    }

    public Font font(FontRole role, double size) {
        return Font.font(family(role), size);
    }

    /** What to tell the clerk when a stand-in draws the report; empty with the official faces. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
