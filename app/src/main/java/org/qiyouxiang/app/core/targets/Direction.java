package org.qiyouxiang.app.core.targets;

/** Which way an indicator improves: most rise (托位数, 覆盖率), a few should fall (失业率, 死亡率). */
public enum Direction {
    HIGHER,
    LOWER
}
