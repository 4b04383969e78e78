package org.qiyouxiang.app.core.targets;

import java.util.Objects;

/**
 * A verdict and, in Chinese, why: for {@link Verdict#UNDECIDED} what stops the program from judging
 * (当年无目标, 实际值无法识别为数字, 缺少“城乡居民”部分), otherwise the numbers compared.
 */
public record Judgement(Verdict verdict, String reason) {

    public Judgement {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    public static Judgement met(String reason) {
        return new Judgement(Verdict.MET, reason);
    }

    public static Judgement notMet(String reason) {
        return new Judgement(Verdict.NOT_MET, reason);
    }

    public static Judgement undecided(String reason) {
        return new Judgement(Verdict.UNDECIDED, reason);
    }
}
