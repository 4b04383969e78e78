package org.qiyouxiang.app.core.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The hidden key of a fill-in form's row: the item, the year and quarter it is for, and a checksum, so a
 * returned row is matched to its item however the unit sorted or deleted rows, and a key typed over or
 * copied from another quarter's form is noticed. {@code QYX-2024-2-1234-9F3A2C}.
 */
public record FormKey(int year, int quarter, long itemId) {

    private static final Pattern TEXT = Pattern.compile("QYX-(\\d{4})-([1-4])-(\\d{1,18})-([0-9A-F]{6})");

    public String text() {
        String body = "QYX-" + year + "-" + quarter + "-" + itemId;
        return body + "-" + checksum(body);
    }

    /** The key a cell holds, if it is one whose checksum agrees. */
    public static Optional<FormKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        FormKey key = new FormKey(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
        return key.text().equals(m.group()) ? Optional.of(key) : Optional.empty();
    }

    private static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return String.format(Locale.ROOT, "%06X", crc.getValue() & 0xFFFFFF);
    }
}
