package org.qiyouxiang.app.service;

import java.util.List;
import org.qiyouxiang.db.model.FormDispatch;

/** The fill-in forms of a quarter: per lead unit when its form was sent, returned and imported. */
public record ReturnTracker(int year, int quarter, List<FormDispatch> forms) {

    public ReturnTracker {
        forms = List.copyOf(forms);
    }

    /** The units whose form was sent and has not come back yet (催报). */
    public List<String> notReturned() {
        return forms.stream().filter(f -> f.generatedAt() != null && f.returnedAt() == null)
                .map(FormDispatch::unit).toList();
    }

    public long returnedCount() {
        return forms.stream().filter(f -> f.returnedAt() != null).count();
    }

    public long sentCount() {
        return forms.stream().filter(f -> f.generatedAt() != null).count();
    }
}
