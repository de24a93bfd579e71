package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class RangePartitionerTest {

    @Test
    void rangesCoverEveryItemOnceInOrderWithNearEqualSizes() {
        Map<String, ExecutionContext> partitions = new RangePartitioner(() -> 1003).partition(8);

        assertThat(partitions).hasSize(8);
        List<int[]> ranges = new ArrayList<>();
        partitions.values().forEach(c -> ranges.add(new int[] {c.getInt(RangePartitioner.FROM),
                c.getInt(RangePartitioner.TO)}));
        assertThat(ranges.get(0)[0]).isZero();
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i)[0]).as("partition %d starts where the previous ends", i)
                    .isEqualTo(ranges.get(i - 1)[1]);
        }
        assertThat(ranges.get(ranges.size() - 1)[1]).isEqualTo(1003);
        assertThat(ranges).allSatisfy(r -> assertThat(r[1] - r[0]).isBetween(125, 126));
        assertThat(partitions.keySet()).startsWith("partition000", "partition001");
    }

    @Test
    void neverMorePartitionsThanItemsAndOneEvenWhenThereAreNone() {
        assertThat(new RangePartitioner(() -> 3).partition(8)).hasSize(3);
        Map<String, ExecutionContext> none = new RangePartitioner(() -> 0).partition(8);
        assertThat(none).hasSize(1);
        ExecutionContext only = none.values().iterator().next();
        assertThat(only.getInt(RangePartitioner.FROM)).isZero();
        assertThat(only.getInt(RangePartitioner.TO)).isZero();
    }
}
