package org.qiyouxiang.app.core.targets;

import java.util.Set;

/**
 * The words for a state to reach and for its opposite, in one place. A text counts only when it is
 * one of these words exactly (white space and trailing 。 aside): "已完成年度任务的一半" is not done.
 */
final class StateWords {

    /** States a target can ask for, and an actual value can report. */
    private static final Set<String> DONE = Set.of(
            "完成", "已完成", "全面完成", "全部完成", "按期完成", "如期完成",
            "全覆盖", "已全覆盖", "实现全覆盖", "已覆盖",
            "达标", "已达标", "全面达标",
            "建成", "已建成");

    /** Reports that say the state was not reached. */
    private static final Set<String> NOT_DONE = Set.of(
            "未完成", "没有完成", "尚未完成", "未按期完成",
            "未覆盖", "未全覆盖", "未实现全覆盖",
            "未达标", "不达标",
            "未建成", "尚未建成");

    private StateWords() {
    }

    static boolean isDone(String compact) {
        return DONE.contains(compact);
    }

    static boolean isNotDone(String compact) {
        return NOT_DONE.contains(compact);
    }
}
