package org.qiyouxiang.app.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void keepsWhatAHashMapKeepsThroughGrowingAndReplacing() {
        LongIntMap map = new LongIntMap(2);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            // Ids close together, far apart and negative, some repeated.
            long key = switch (i % 3) {
                case 0 -> i;
                case 1 -> random.nextLong();
                default -> -(i % 500);
            };
            map.put(key, i);
            expected.put(key, i);
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
        assertThat(map.get(123_456_789_012L)).isEqualTo(LongIntMap.ABSENT);
        assertThat(map.containsKey(0)).isTrue();
        map.clear();
        assertThat(map.containsKey(0)).isFalse();
        assertThat(map.size()).isZero();
    }

    @Test
    void refusesNegativeNumbers() {
        assertThatThrownBy(() -> new LongIntMap().put(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
