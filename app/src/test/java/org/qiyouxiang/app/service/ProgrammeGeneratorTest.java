package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

class ProgrammeGeneratorTest {

    @Test
    void sameSeedGivesTheSameProgramme() {
        assertThat(new ProgrammeGenerator(2024, 7).workList(500)).isEqualTo(new ProgrammeGenerator(2024, 7).workList(500));
        assertThat(new ProgrammeGenerator(2024, 7).workList(500)).isNotEqualTo(new ProgrammeGenerator(2024, 8).workList(500));
    }

    @Test
    void programmeHasTheShapesOfTheOfficesLists() {
        WorkList list = new ProgrammeGenerator(2024, 7).workList(2000);

        assertThat(list.items()).hasSize(2000);
        assertThat(list.areas()).hasSize(8);
        assertThat(list.items()).anySatisfy(i -> assertThat(i.lines()).hasSizeGreaterThan(2));
        assertThat(list.items().stream().flatMap(i -> i.lines().stream()).flatMap(l -> l.milestones().stream()))
                .anyMatch(Milestone::spans).anyMatch(Milestone::noPlan);
        assertThat(list.items()).allSatisfy(i -> assertThat(coveredQuarters(i)).isEqualTo(4));
        assertThat(list.items()).anySatisfy(i -> assertThat(i.units()).contains("县卫生健康局"));
    }

    private static long coveredQuarters(WorkItem item) {
        return java.util.stream.IntStream.rangeClosed(1, 4)
                .filter(q -> item.lines().get(0).milestoneFor(q).isPresent()).count();
    }
}
