package org.qiyouxiang.db.model;

/** The whole plan, e.g. 嵊泗县公共服务“七优享”工程 2023–2027. */
public record Programme(long id, String name, String county, int firstYear, int lastYear, int baselineYear) {
}
