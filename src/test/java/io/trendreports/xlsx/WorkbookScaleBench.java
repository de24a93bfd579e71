package io.trendreports.xlsx;

import io.trendreports.csv.CsvSettings;
import io.trendreports.csv.CsvWriter;
import io.trendreports.model.OutputWriter;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.WrittenOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures writing 100,000 streamed records (20 reports × 5,000 sections, 300 entities) as the
 * workbook and as CSV, printing wall time, peak heap and GC work. Not a test: it asserts only that
 * everything was written, never a time. Run it with a small heap to show the writers stream:
 * <pre>
 * mvn -Dbuild.dir=target-i4 test -Dtest=WorkbookScaleBench -Dbench=true -DargLine=-Xmx512m
 * </pre>
 * {@code -Dbench.records=N} changes the size (rounded to whole reports of 5,000);
 * {@code -Dbench.out=DIR} keeps the files there instead of in a temporary folder.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class WorkbookScaleBench {

    static final int SECTIONS_PER_REPORT = 5_000;

    @TempDir
    Path dir;

    @Test
    void writeOneHundredThousandRecords() throws Exception {
        int records = Integer.getInteger("bench.records", 100_000);
        int reports = Math.max(1, records / SECTIONS_PER_REPORT);
        GeneratedRunSnapshot run = new GeneratedRunSnapshot(reports, SECTIONS_PER_REPORT, SampleRuns.THEMES, 300);
        System.out.printf("bench: %,d records (%d reports x %,d), max heap %,d MiB%n", reports * SECTIONS_PER_REPORT,
                reports, SECTIONS_PER_REPORT, Runtime.getRuntime().maxMemory() >> 20);

        Path out = System.getProperty("bench.out") == null ? dir : Path.of(System.getProperty("bench.out"));
        measure("xlsx", new WorkbookWriter(new WorkbookSettings("bench")), run, out.resolve("xlsx"));
        measure("csv", new CsvWriter(new CsvSettings(false, true)), run, out.resolve("csv"));
    }

    private static void measure(String name, OutputWriter writer, GeneratedRunSnapshot run, Path out) throws Exception {
        Files.createDirectories(out);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcCountBefore = gcCount();
        long gcTimeBefore = gcTime();
        long usedBefore = used(heap);

        // the pools' peaks are each pool's own maximum; a sampler sees the whole heap at once
        AtomicLong sampledPeak = new AtomicLong(usedBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampledPeak.accumulateAndGet(used(heap), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long start = System.nanoTime();
        List<WrittenOutput> outputs = writer.write(run, out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();

        long poolPeaks = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long bytes = 0;
        for (WrittenOutput o : outputs) {
            bytes += Files.size(out.resolve(o.path()));
        }
        System.out.printf("bench %s: %,d ms; heap before %,d MiB, sampled peak %,d MiB, sum of pool peaks %,d MiB; "
                        + "%d GCs, %,d ms GC; %,d KiB written; outputs %s%n",
                name, millis, usedBefore >> 20, sampledPeak.get() >> 20, poolPeaks >> 20,
                gcCount() - gcCountBefore, gcTime() - gcTimeBefore, bytes >> 10,
                outputs.stream().map(o -> o.path() + "=" + o.records()).toList());
        assertThat(outputs.get(0).records()).isEqualTo(run.recordCount());
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
