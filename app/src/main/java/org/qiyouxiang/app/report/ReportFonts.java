package org.qiyouxiang.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.PageShape.FontRole;

/**
 * Finds the font files the PDF embeds, among the fonts of the clerk's own computer only (their licences
 * allow embedding a subset in a document; the program ships none): on Windows 方正小标宋简体 for titles,
 * 黑体 (simhei.ttf) for headers and 仿宋_GB2312 or 仿宋 (simfang.ttf) for the body. Where those are
 * missing (Linux, or a PC without them) a Chinese font that is there stands in, and the result says so.
 */
public final class ReportFonts {

    /** A folder searched before the system's, e.g. for a font the office keeps on a share. */
    public static final String FOLDER_PROPERTY = "qiyouxiang.fonts";

    static final List<String> TITLE_FILES = List.of("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsk.ttf");
    static final List<String> HEADER_FILES = List.of("simhei.ttf", "黑体.ttf");
    static final List<String> BODY_FILES = List.of("fs_gb2312.ttf", "仿宋_gb2312.ttf", "simfang.ttf",
            "仿宋.ttf");
    /** Chinese TrueType faces common on Linux; OpenType CFF faces (Noto CJK) cannot be embedded by PDFBox. */
    static final List<String> FALLBACK_FILES = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "uming.ttc", "ukai.ttc",
            "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "notosanssc-regular.ttf", "notoserifsc-regular.ttf",
            "notosanscjk-regular.ttc", "notoserifcjk-regular.ttc");

    /** The files chosen for each role, and what the clerk should know about the choice. */
    public record Choice(Path title, Path header, Path body, List<String> warnings) {

        public Choice {
            warnings = List.copyOf(warnings);
        }

        public Path of(FontRole role) {
            return switch (role) {
                case TITLE -> title;
                case HEADER -> header;
                case BODY -> body;
            };
        }

        /** Every file, fallbacks in order, for a role whose first file cannot be loaded. */
        List<Path> distinct() {
            return Stream.of(title, header, body).distinct().toList();
        }
    }

    private final List<Path> folders;

    ReportFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The folders of this computer: the configured one, Windows' font folders, the usual Linux ones. */
    public static ReportFonts system() {
        List<Path> folders = new ArrayList<>();
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            folders.add(Path.of(configured));
        }
        String windows = System.getenv("WINDIR");
        folders.add(Path.of(windows != null ? windows : "C:\\Windows", "Fonts"));
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        String home = System.getProperty("user.home");
        folders.add(Path.of(home, ".local", "share", "fonts"));
        folders.add(Path.of(home, ".fonts"));
        folders.add(Path.of("/usr/share/fonts"));
        folders.add(Path.of("/usr/local/share/fonts"));
        return new ReportFonts(folders);
    }

    /** @return empty when no Chinese font at all is found */
    public Optional<Choice> choose() {
        List<Path> files = fontFiles();
        Optional<Path> fallback = find(files, FALLBACK_FILES);
        Optional<Path> header = find(files, HEADER_FILES);
        Optional<Path> body = find(files, BODY_FILES);
        Optional<Path> title = find(files, TITLE_FILES);
        Optional<Path> any = header.or(() -> body).or(() -> fallback);
        if (any.isEmpty()) {
            return Optional.empty();
        }
        List<String> warnings = new ArrayList<>();
        if (header.isEmpty() || body.isEmpty()) {
            String missing = header.isEmpty() && body.isEmpty() ? Messages.get("pdf.font.officialBoth")
                    : header.isEmpty() ? Messages.get("pdf.font.officialHeader") : Messages.get("pdf.font.officialBody");
            warnings.add(Messages.get("pdf.font.fallback", missing, any.get().getFileName()));
        }
        Path headerFile = header.orElse(any.get());
        Path bodyFile = body.orElse(any.get());
        return Optional.of(new Choice(title.orElse(headerFile), headerFile, bodyFile, warnings));
    }

    private Optional<Path> find(List<Path> files, List<String> names) {
        for (String name : names) {
            for (Path file : files) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private List<Path> fontFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, 4)) {
                walk.filter(Files::isRegularFile).filter(ReportFonts::isFont).forEach(files::add);
            } catch (IOException | RuntimeException e) {
                // An unreadable folder only means fewer fonts to choose from.
            }
        }
        return files;
    }

    private static boolean isFont(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
    }
}
