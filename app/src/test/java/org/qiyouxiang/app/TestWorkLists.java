package org.qiyouxiang.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.app.service.ImportPreview;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * Small work lists whose content says which edit wrote them: edit {@code n} of a year is a list whose
 * every item and milestone carries {@code n}. A stored list is compared whole with {@link #withoutIds}.
 */
public final class TestWorkLists {

    private TestWorkLists() {
    }

    /** Edit n of a year: four items over two areas, one with a continuation line and a spanning milestone. */
    public static WorkList edit(int n, int year) {
        List<WorkItem> items = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String area = i <= 2 ? "幼有善育" : "学有优教";
            List<ItemLine> lines = new ArrayList<>();
            lines.add(new ItemLine(null, "县卫健局", List.of("县卫健局"), "董冬", List.of("董冬"),
                    List.of(new Milestone(1, 2, "第 " + n + " 次修改，事项 " + i), Milestone.single(3, "/"),
                            Milestone.single(4, "完成 " + n))));
            if (i == 2) {
                lines.add(new ItemLine("续行 " + n, "县民政局", List.of("县民政局"), "陈海明", List.of("陈海明"),
                        List.of(new Milestone(1, 4, "全年推进 " + n))));
            }
            items.add(new WorkItem(null, area, i == 4 ? ItemKind.LIVELIHOOD : ItemKind.KEY_TASK,
                    i == 4 ? "民生实事" : "重点任务", String.valueOf(i), "事项 " + n + "-" + i, lines));
        }
        return new WorkList(null, year, year + "年嵊泗县公共服务“七优享”工程工作清单", "清单 " + n + ".xlsx", items);
    }

    public static ImportPreview preview(WorkList list) {
        return new ImportPreview(Path.of(list.sourceFile()), list, "嵊泗县", List.of(), false);
    }

    /** The list as content only, comparable with {@code equals}. */
    public static WorkList withoutIds(WorkList list) {
        return new WorkList(null, list.year(), list.title(), list.sourceFile(), list.items().stream()
                .map(i -> new WorkItem(null, i.area(), i.kind(), i.kindText(), i.number(), i.name(), i.lines()))
                .toList());
    }
}
