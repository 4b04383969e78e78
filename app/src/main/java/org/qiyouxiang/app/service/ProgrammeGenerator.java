package org.qiyouxiang.app.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.ProgressRepository;
import org.qiyouxiang.db.WorkListRepository;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * Makes a large programme that looks like the office's, for benchmarks and load tests: the same seed
 * always gives the same list. Items have four milestones (some merged over several quarters, some "/"),
 * one line or several (continuation lines with their own names), units written with their aliases,
 * milestones with and without numbers, and progress that reaches, falls short or cannot be judged.
 */
public final class ProgrammeGenerator {

    private static final String[] AREAS = {"幼有善育", "学有优教", "劳有所得", "病有良医", "老有康养", "住有宜居", "弱有众扶",
        "公共服务一体化"};
    private static final String[] PLACES = {"菜园镇", "嵊山镇", "洋山镇", "五龙乡", "黄龙乡", "枸杞乡", "花鸟乡", "全县"};
    private static final String[] THINGS = {"普惠托育服务", "老年助餐服务点", "儿童友好医院", "城镇老旧小区改造", "既有住宅加装电梯",
        "公益性岗位开发", "数字技能培训", "城乡居民健康体检", "疫苗接种", "康养联合体", "避灾安置场所", "困难家庭危房改造",
        "校外培训治理", "医共体建设", "民生服务综合体", "安宁疗护病区"};
    private static final String[] VERBS = {"推进", "完善", "加快", "深化", "实施", "提升"};
    private static final String[] UNITS = {"县卫生健康局", "县卫健局", "县人力社保局", "县人社局", "县教育局", "县民政局", "县住建局",
        "县医保局", "县总工会", "县残联", "县红十字会", "县妇联", "县财政局", "县发改局", "县农业农村局"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高",
        "林", "何", "郭", "马", "罗", "董", "韩"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
        "超", "秀英", "海明", "政", "冬", "晓东", "建华"};
    private static final String[] PROSE = {"制定工作方案，明确目标任务。", "加强部门协同，推进项目建设。", "开展督查指导，查漏补缺。",
        "总结提炼创新亮点，做好年度总结。", "组织开展专项行动，强化宣传发动。", "完成验收评估、资金支付、资料录入等工作。"};

    private final SplittableRandom random;
    private final int year;

    public ProgrammeGenerator(int year, long seed) {
        this.year = year;
        this.random = new SplittableRandom(seed);
    }

    /** A year's list of {@code count} items, in area order. */
    public WorkList workList(int count) {
        List<WorkItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String area = AREAS[i * AREAS.length / count];
            ItemKind kind = ItemKind.values()[random.nextInt(3)];
            String name = pick(VERBS) + pick(PLACES) + pick(THINGS) + (random.nextInt(4) == 0 ? "建设" : "");
            int lines = random.nextInt(20) == 0 ? 2 + random.nextInt(4) : random.nextInt(10) == 0 ? 2 : 1;
            List<ItemLine> itemLines = new ArrayList<>(lines);
            for (int l = 0; l < lines; l++) {
                itemLines.add(line(l == 0 ? null : pick(THINGS) + (l + 1)));
            }
            items.add(new WorkItem(null, area, kind, null, String.valueOf(i + 1), name, itemLines));
        }
        return new WorkList(null, year, year + "年公共服务“七优享”工程工作清单（生成）", null, items);
    }

    /** Progress for a stored list as of a day: quarters that have started get reports, some none. */
    public List<QuarterProgress> progress(WorkList stored, LocalDate asOf) {
        List<QuarterProgress> progress = new ArrayList<>();
        LocalDateTime at = asOf.atTime(9, 0);
        for (WorkItem item : stored.items()) {
            for (int q = 1; q <= 4; q++) {
                if (LocalDate.of(year, (q - 1) * 3 + 1, 1).isAfter(asOf) || random.nextInt(8) == 0) {
                    continue;
                }
                progress.add(report(item.id(), q, at));
            }
        }
        return progress;
    }

    /** Stores a generated list and its progress in one transaction; returns the stored list. */
    public static WorkList store(Database database, WorkList list, ProgrammeGenerator generator, LocalDate asOf) {
        WorkList stored = database.dsl().transactionResult(trx -> {
            ProgrammeRepository programmes = new ProgrammeRepository(trx.dsl());
            Programme programme = programmes.first()
                    .orElseGet(() -> programmes.create("公共服务“七优享”工程（生成）", "生成县", 2023, 2027, 2022));
            WorkListRepository lists = new WorkListRepository(trx.dsl());
            lists.insert(programme.id(), list);
            WorkList withIds = lists.find(programme.id(), list.year()).orElseThrow();
            new ProgressRepository(trx.dsl()).insertAll(generator.progress(withIds, asOf));
            return withIds;
        });
        database.checkpointSync();
        return stored;
    }

    private ItemLine line(String ownName) {
        String unit = pick(UNITS);
        String unitsText = random.nextInt(5) == 0 ? unit + "、" + pick(UNITS) : unit;
        String persons = pick(SURNAMES) + pick(GIVEN) + (random.nextInt(3) == 0 ? " " + pick(SURNAMES) + pick(GIVEN) : "");
        return new ItemLine(ownName, unitsText, List.of(unitsText.split("、")), persons, List.of(persons.split(" ")),
                milestones());
    }

    private List<Milestone> milestones() {
        int shape = random.nextInt(20);
        int base = 10 + random.nextInt(90);
        if (shape == 0) {
            return List.of(new Milestone(1, 4, "年度指标" + base + "%"));
        }
        if (shape == 1) {
            return List.of(new Milestone(1, 3, pick(PROSE)), Milestone.single(4, "累计完成" + base * 4 + "人次。"));
        }
        List<Milestone> milestones = new ArrayList<>(4);
        boolean counted = random.nextBoolean();
        for (int q = 1; q <= 4; q++) {
            if (shape == 2 && q >= 3) {
                milestones.add(Milestone.single(q, "/"));
            } else if (counted) {
                milestones.add(Milestone.single(q, random.nextBoolean()
                        ? "累计开展培训 " + base * q + " 人次。" : "实施进度 " + q * 25 + "%"));
            } else {
                milestones.add(Milestone.single(q, pick(PROSE)));
            }
        }
        return milestones;
    }

    private QuarterProgress report(long itemId, int quarter, LocalDateTime at) {
        int kind = random.nextInt(10);
        String text = switch (kind) {
            case 0, 1, 2 -> "累计开展培训 " + (20 + random.nextInt(400)) + " 人次，" + pick(PROSE);
            case 3, 4 -> "实施进度达到" + (random.nextInt(21) * 5) + "%。";
            case 5 -> "已完成";
            default -> pick(PROSE);
        };
        BigDecimal percent = random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(101)) : null;
        StatusChoice status = random.nextInt(15) == 0
                ? StatusChoice.overridden(Status.values()[random.nextInt(3)], "经核实调整") : StatusChoice.NONE;
        String problems = random.nextInt(4) == 0 ? "资金缺口较大，" + pick(PLACES) + "推进较慢" : null;
        String next = random.nextInt(3) == 0 ? "下步将" + pick(PROSE) : null;
        return new QuarterProgress(itemId, quarter, text, status, percent, problems, next, at);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
