package org.qiyouxiang.db;

import java.util.List;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** A small work list with the shapes that matter: spans, continuation lines, several units. */
final class WorkListFixtures {

    private WorkListFixtures() {
    }

    static WorkList small(int year) {
        WorkItem spanning = new WorkItem(null, "幼有善育", ItemKind.KEY_INDICATOR, "重点指标", "1",
                "每千人口拥有3岁以下婴幼儿托位数",
                List.of(line(null, "县卫生健康局", List.of("县卫健局"), "董冬", List.of("董冬"),
                        List.of(new Milestone(1, 4, "年度指标2.6")))));
        WorkItem twoLines = new WorkItem(null, "公共服务一体化", ItemKind.KEY_TASK, "重点任务", "2",
                "加强公共服务设施融合共建",
                List.of(line(null, "县民政局、县住建局", List.of("县民政局", "县住建局"), "陈海明 孙政",
                                List.of("陈海明", "孙政"), List.of(new Milestone(1, 4, "完成 2 个示范场景改建。"))),
                        line("建成运营首批 1 家民生服务综合体", "县民政局", List.of("县民政局"), "", List.of(),
                                List.of(new Milestone(2, 4, "建成运营首批 1 家民生服务综合体。")))));
        WorkItem noPlan = new WorkItem(null, "幼有善育", ItemKind.LIVELIHOOD, "民生实事", "1",
                "在公共场所新增配置自动体外除颤仪20台",
                List.of(line(null, "县卫健局", List.of("县卫健局"), null, List.of(),
                        List.of(Milestone.single(1, "完成"), Milestone.single(2, "/")))));
        return new WorkList(null, year, year + "年嵊泗县公共服务“七优享”工程工作清单", "清单.xlsx",
                List.of(spanning, noPlan, twoLines));
    }

    private static ItemLine line(String ownName, String unitsText, List<String> units, String personsText,
                                 List<String> persons, List<Milestone> milestones) {
        return new ItemLine(ownName, unitsText, units, personsText, persons, milestones);
    }
}
