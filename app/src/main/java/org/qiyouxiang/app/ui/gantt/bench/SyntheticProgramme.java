package org.qiyouxiang.app.ui.gantt.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.qiyouxiang.app.core.gantt.QuarterFacts;
import org.qiyouxiang.app.core.gantt.QuarterFactsSource;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * A made-up programme the size of a city office's, for the benchmark and for looking at a full chart:
 * the seven areas and one more, items of the three kinds, four quarters of milestones each (single
 * quarters, spans, "/"), one item in ten with a continuation line, and mixed statuses. The same seed
 * gives the same programme.
 */
public final class SyntheticProgramme {

    private static final String[] AREAS = {"幼有善育", "学有优教", "劳有所得", "病有良医", "老有康养", "住有宜居", "弱有众扶",
            "公共服务一体化"};
    private static final ItemKind[] KINDS = {ItemKind.KEY_INDICATOR, ItemKind.KEY_TASK, ItemKind.LIVELIHOOD};
    private static final String[] UNITS = {"市卫健委", "市教育局", "市人社局", "市民政局", "市住建局", "市医保局", "市残联",
            "市发改委", "市财政局", "市总工会", "市妇联", "市红十字会", "市体育局", "市文广旅体局", "市自然资源局"};
    private static final String[] VERBS = {"推进", "完成", "开展", "加快", "建成", "落实", "启动", "总结", "评估", "提升"};
    private static final String[] THINGS = {"普惠托育服务体系建设", "职业教育培训 50 人次", "家庭医生签约服务覆盖率达到 45%",
            "老年食堂运营", "保障性租赁住房筹集 300 套", "残疾人康复服务", "“15分钟公共服务圈”建设", "实施进度 70%",
            "城乡居民医保参保率不低于 98%", "儿童友好医院 1 家", "公共服务设施资源动态更新", "困难群众救助帮扶"};
    private static final String[] TAILS = {"", "，做好阶段性总结。", "，确保按时保质完成年度任务。",
            "，加强部门协同，扩大多方参与、多种形式的服务供给。", "。"};

    private SyntheticProgramme() {
    }

    /** {@code count} items of 2024, ids 1 … count. */
    public static WorkList workList(int count, long seed) {
        Random random = new Random(seed);
        List<WorkItem> items = new ArrayList<>(count);
        long id = 1;
        for (int a = 0; a < AREAS.length; a++) {
            int inArea = count / AREAS.length + (a < count % AREAS.length ? 1 : 0);
            int[] perKind = {inArea / 5, inArea - inArea / 5 - inArea / 5, inArea / 5};
            for (int k = 0; k < KINDS.length; k++) {
                for (int n = 1; n <= perKind[k]; n++) {
                    items.add(item(random, id++, AREAS[a], KINDS[k], n));
                }
            }
        }
        return new WorkList(1L, 2024, "2024年公共服务“七优享”工程工作清单（模拟）", "synthetic", items);
    }

    /**
     * Quarters before today's done, one item in seven lagging in the last of them and in today's,
     * today's quarter otherwise on track, later quarters not judged yet.
     */
    public static QuarterFactsSource facts(int year, LocalDate today) {
        int current = today.getYear() < year ? 0 : today.getYear() > year ? 5
                : org.qiyouxiang.db.model.Quarter.of(today).quarter();
        return (id, quarter) -> {
            boolean lagging = id % 7 == 3;
            if (quarter < current) {
                return QuarterFacts.of(lagging && quarter == current - 1 ? Status.LAGGING : Status.DONE);
            }
            if (quarter == current) {
                return QuarterFacts.of(lagging ? Status.LAGGING : Status.ON_TRACK);
            }
            return QuarterFacts.NONE;
        };
    }

    private static WorkItem item(Random random, long id, String area, ItemKind kind, int number) {
        List<ItemLine> lines = new ArrayList<>(2);
        lines.add(line(random, null));
        if (random.nextInt(10) == 0) {
            lines.add(line(random, random.nextBoolean() ? VERBS[random.nextInt(VERBS.length)] + "配套工作" : null));
        }
        String name = VERBS[random.nextInt(VERBS.length)] + THINGS[random.nextInt(THINGS.length)];
        return new WorkItem(id, area, kind, kind.name(), String.valueOf(number), name, lines);
    }

    private static ItemLine line(Random random, String ownName) {
        String unit = UNITS[random.nextInt(UNITS.length)];
        List<Milestone> milestones = new ArrayList<>(4);
        int pattern = random.nextInt(20);
        if (pattern < 10) {
            for (int q = 1; q <= 4; q++) {
                milestones.add(Milestone.single(q, q == 4 && pattern < 2 ? "/" : text(random)));
            }
        } else if (pattern < 14) {
            milestones.add(new Milestone(1, 4, text(random)));
        } else if (pattern < 17) {
            milestones.add(Milestone.single(1, text(random)));
            milestones.add(new Milestone(2, 4, text(random)));
        } else {
            milestones.add(new Milestone(1, 2, text(random)));
            milestones.add(Milestone.single(3, text(random)));
            milestones.add(Milestone.single(4, random.nextBoolean() ? "/" : text(random)));
        }
        return new ItemLine(ownName, unit, List.of(unit), "", List.of(), milestones);
    }

    private static String text(Random random) {
        return VERBS[random.nextInt(VERBS.length)] + THINGS[random.nextInt(THINGS.length)]
                + TAILS[random.nextInt(TAILS.length)];
    }
}
