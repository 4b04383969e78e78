package org.qiyouxiang.app.core.progress;

import java.util.List;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** A small stored list (items with ids) for the progress table's rules. */
final class ProgressFixtures {

    private ProgressFixtures() {
    }

    static WorkList list() {
        return new WorkList(1L, 2024, "2024年嵊泗县公共服务“七优享”工程工作清单", null, List.of(
                item(11, "幼有善育", ItemKind.KEY_TASK, "推进普惠托育服务体系建设", "县卫健局", "董冬",
                        Milestone.single(1, "推进“5+X”托育服务。"), Milestone.single(2, "累计帮扶 30 人次。"),
                        Milestone.single(3, "/"), Milestone.single(4, "总结提炼创新亮点。")),
                item(12, "学有优教", ItemKind.LIVELIHOOD, "城镇老旧小区改造", "县住建局", "孙政",
                        new Milestone(1, 4, "实施进度 100%")),
                item(13, "弱有众扶", ItemKind.KEY_INDICATOR, "困难群众医疗费用综合保障率", "县医保局", "韩娜",
                        Milestone.single(1, "不低于 79%"), Milestone.single(2, "不低于 81%"),
                        Milestone.single(3, "不低于 82%"), Milestone.single(4, "不低于 83%"))));
    }

    static WorkItem item(long id, String area, ItemKind kind, String name, String unit, String person,
                         Milestone... milestones) {
        return new WorkItem(id, area, kind, null, String.valueOf(id), name,
                List.of(new ItemLine(null, unit, List.of(unit), person, List.of(person), List.of(milestones))));
    }
}
