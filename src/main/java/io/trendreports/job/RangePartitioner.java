package io.trendreports.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a sorted list (the input folder's files, the run's reports) into contiguous index ranges
 * of near-equal size, one per partition. The list is counted when the step starts; each partition
 * keeps its range in its execution context, so a restarted partition covers the same items.
 */
public class RangePartitioner implements Partitioner {

    static final String FROM = "partition.from";
    static final String TO = "partition.to";

    private final IntSupplier count;

    public RangePartitioner(IntSupplier count) {
        this.count = count;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int items = count.getAsInt();
        int partitions = Math.max(1, Math.min(gridSize, items));
        Map<String, ExecutionContext> result = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(FROM, (int) ((long) items * i / partitions));
            context.putInt(TO, (int) ((long) items * (i + 1) / partitions));
            result.put(String.format("partition%03d", i), context);
        }
        return result;
    }

    /** Whether the step execution with this context is a partition (it has a range). */
    static boolean isPartition(ExecutionContext context) {
        return context.containsKey(FROM);
    }

    static int from(ExecutionContext context) {
        return context.getInt(FROM, 0);
    }

    static int to(ExecutionContext context) {
        return context.getInt(TO, Integer.MAX_VALUE);
    }
}
