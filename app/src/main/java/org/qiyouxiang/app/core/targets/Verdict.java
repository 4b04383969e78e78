package org.qiyouxiang.app.core.targets;

import org.qiyouxiang.app.core.Messages;

/** The outcome of judging an actual value against its target. */
public enum Verdict {
    /** 达标. */
    MET,
    /** 未达标. */
    NOT_MET,
    /** 待判断: the program cannot tell; the reason says why. */
    UNDECIDED;

    /** The word the clerk sees: 达标, 未达标, 待判断. */
    public String label() {
        return Messages.get("verdict." + name());
    }
}
