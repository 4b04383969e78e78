package org.qiyouxiang.app.core;

/** Something wrong or noteworthy in an input file, said in the clerk's words, with where it is. */
public record ImportProblem(Place place, String message) {

    /** 文件“x.xlsx”，工作表“工作清单”，第 12 行 D 列：缺少名称。 */
    public String describe() {
        String where = place == null ? "" : place.describe();
        return where.isEmpty() ? message : where + Messages.get("place.colon") + message;
    }
}
