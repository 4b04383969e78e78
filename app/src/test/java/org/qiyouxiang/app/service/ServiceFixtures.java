package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.List;
import org.qiyouxiang.app.core.NameLists;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.UnitRepository;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** A small work list, imported as the clerk would: two areas, a continuation line, a span, a "/". */
final class ServiceFixtures {

    private ServiceFixtures() {
    }

    static WorkList list(int year) {
        WorkItem childcare = new WorkItem(null, "幼有善育", ItemKind.KEY_TASK, "重点任务", "1", "推进普惠托育服务体系建设",
                List.of(line(null, "县卫生健康局", "董冬", Milestone.single(1, "推进“5+X”托育服务。"),
                        Milestone.single(2, "累计帮扶 30 人次。"), Milestone.single(3, "/"),
                        Milestone.single(4, "累计帮扶 100 人次。"))));
        WorkItem housing = new WorkItem(null, "住有宜居", ItemKind.LIVELIHOOD, "民生实事", "1", "城镇老旧小区改造",
                List.of(line(null, "县住建局", "孙政 韩娜", new Milestone(1, 4, "实施进度 100%")),
                        line("加装电梯", "县住建局", "孙政", Milestone.single(1, "完成加装电梯 2 台。"),
                                new Milestone(2, 4, "推进加装电梯建设。"))));
        return new WorkList(null, year, year + "年嵊泗县公共服务“七优享”工程工作清单", "清单.xlsx", List.of(childcare, housing));
    }

    static void importList(Database database, int year) throws YearExistsException {
        WorkList matched = WorkListImportService.withCanonicalUnits(list(year),
                new UnitRepository(database.dsl()).canonicalNames());
        new WorkListImportService(database).store(
                new ImportPreview(Path.of("清单.xlsx"), matched, "嵊泗县", List.of(), false), false);
    }

    private static ItemLine line(String ownName, String units, String persons, Milestone... milestones) {
        return new ItemLine(ownName, units, NameLists.split(units), persons, NameLists.split(persons), List.of(milestones));
    }
}
