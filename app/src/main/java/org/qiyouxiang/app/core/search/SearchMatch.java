package org.qiyouxiang.app.core.search;

/**
 * A place to highlight: characters {@code start} (inclusive) to {@code end} (exclusive) of {@code text},
 * the field's text as shown. For a unit found through another spelling (县卫生健康局 for 县卫健局) the
 * whole unit name is highlighted and {@code alias} says which spelling matched; otherwise alias is null.
 *
 * @param quarter 1 to 4 for a quarter's field, 0 otherwise
 */
public record SearchMatch(SearchField field, int quarter, String text, int start, int end, String alias) {

    /** The matched characters: 卫健局 of 县卫健局. */
    public String matched() {
        return text.substring(start, end);
    }
}
