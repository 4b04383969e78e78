package org.qiyouxiang.app.core.gantt;

import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.db.model.Quarter;

/** The years a timeline shows, both included: the programme's 2023–2027 unless a county plans otherwise. */
public record YearRange(int first, int last) {

    public static final YearRange PROGRAMME = new YearRange(2023, 2027);

    public YearRange {
        if (first > last) {
            throw new IllegalArgumentException("years run backwards: " + first + ".." + last);
        }
    }

    public int years() {
        return last - first + 1;
    }

    public int quarters() {
        return years() * 4;
    }

    public Quarter firstQuarter() {
        return new Quarter(first, 1);
    }

    public Quarter lastQuarter() {
        return new Quarter(last, 4);
    }

    public boolean contains(Quarter quarter) {
        return quarter.year() >= first && quarter.year() <= last;
    }

    /** Quarters from the first year's 一季度, so that 2023 Q1 is 0 and 2027 Q4 is 19. */
    public int offset(Quarter quarter) {
        return quarter.index() - firstQuarter().index();
    }

    public Quarter quarter(int offset) {
        int index = firstQuarter().index() + offset;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public List<Quarter> allQuarters() {
        List<Quarter> all = new ArrayList<>(quarters());
        for (Quarter q = firstQuarter(); q.compareTo(lastQuarter()) <= 0; q = q.next()) {
            all.add(q);
        }
        return all;
    }
}
