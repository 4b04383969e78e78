package org.qiyouxiang.app.core.search;

import java.util.List;
import java.util.Locale;

/**
 * Finds one search term in a text: as a substring (县卫健局, 托育, case-insensitive for Latin letters), and
 * for a term of at least two Latin letters also by pinyin. A pinyin match is a run of characters each
 * typed as its full reading or its initial (z or zh for 浙), the last one possibly cut short: {@code wjj}
 * finds 卫健局 inside 县卫健局, {@code tuoyu} and {@code tuoy} find 托育, {@code zjs} finds 浙江省. Every
 * reading of a polyphone counts (行 is xing and hang).
 */
final class TermMatcher {

    private final String term;
    private final boolean pinyin;
    private final int firstLetter;

    TermMatcher(String term) {
        this.term = term.toLowerCase(Locale.ROOT);
        this.pinyin = this.term.length() >= 2 && this.term.chars().allMatch(c -> c >= 'a' && c <= 'z');
        this.firstLetter = Pinyin.letterBit(this.term.charAt(0));
    }

    /** Whether a text whose characters' readings start with {@code letters} can match by pinyin at all. */
    boolean mayMatchPinyin(int letters) {
        return pinyin && (letters & firstLetter) != 0;
    }

    /**
     * Adds the ranges ({start, end}) where the term occurs in {@code lower} (a lower-cased text), left to
     * right and not overlapping, at most {@code max}.
     */
    void find(String lower, int letters, List<int[]> out, int max) {
        int from = 0;
        while (out.size() < max) {
            int at = lower.indexOf(term, from);
            if (at < 0) {
                break;
            }
            out.add(new int[] {at, at + term.length()});
            from = at + term.length();
        }
        if (!mayMatchPinyin(letters)) {
            return;
        }
        int i = 0;
        while (i < lower.length() && out.size() < max) {
            int end = (Pinyin.firstLetters(lower.charAt(i)) & firstLetter) != 0 ? matchAt(lower, i, 0) : -1;
            if (end > 0 && !covered(out, i, end)) {
                out.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
    }

    /** The end of a pinyin match of the term from {@code p} on, starting at character {@code i}, or -1. */
    private int matchAt(String text, int i, int p) {
        if (i >= text.length()) {
            return -1;
        }
        int rest = term.length() - p;
        for (String r : Pinyin.readings(text.charAt(i))) {
            if (r.length() >= rest && r.regionMatches(0, term, p, rest)) {
                return i + 1;
            }
            if (rest > r.length() && term.startsWith(r, p)) {
                int end = matchAt(text, i + 1, p + r.length());
                if (end > 0) {
                    return end;
                }
            }
            if (r.length() > 2 && rest > 2 && r.charAt(1) == 'h' && "zcs".indexOf(r.charAt(0)) >= 0
                    && r.regionMatches(0, term, p, 2)) {
                int end = matchAt(text, i + 1, p + 2);
                if (end > 0) {
                    return end;
                }
            }
            if (rest > 1 && r.length() > 1 && term.charAt(p) == r.charAt(0)) {
                int end = matchAt(text, i + 1, p + 1);
                if (end > 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static boolean covered(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && end > r[0]) {
                return true;
            }
        }
        return false;
    }
}
