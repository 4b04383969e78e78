package org.qiyouxiang.db.model;

import java.math.BigDecimal;

/**
 * The fields of a quarter's progress the clerk edits, each with the type of its value and the
 * column it is stored in. {@link #STATUS} is the status with its override flag and reason, as one value.
 */
public enum ProgressField {
    /** 完成情况 */
    DONE_TEXT("done_text", String.class, 4000),
    /** 状态 */
    STATUS("status", StatusChoice.class, 1000),
    /** 完成进度 (%) */
    PERCENT("percent_done", BigDecimal.class, 0),
    /** 存在问题 */
    PROBLEMS("problems", String.class, 4000),
    /** 下步打算 */
    NEXT_STEPS("next_steps", String.class, 4000);

    private final String column;
    private final Class<?> valueType;
    private final int maxLength;

    ProgressField(String column, Class<?> valueType, int maxLength) {
        this.column = column;
        this.valueType = valueType;
        this.maxLength = maxLength;
    }

    /** The column name, as the change log records it. */
    public String column() {
        return column;
    }

    public Class<?> valueType() {
        return valueType;
    }

    /** The longest text the column holds (for STATUS: the override reason); 0 for numbers. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether a value (null meaning empty) fits this field's type. */
    public boolean accepts(Object value) {
        return value == null || valueType.isInstance(value);
    }
}
