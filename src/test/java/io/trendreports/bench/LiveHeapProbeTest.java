package io.trendreports.bench;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The probe reads what a child JVM really holds, not what it allocated and dropped. */
class LiveHeapProbeTest {

    static final int HELD_MB = 48;

    @TempDir
    Path dir;

    @Test
    void measuresTheDataAChildHoldsAndNotItsGarbage() throws Exception {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), HeapHolder.class.getName());
        ChildRun run = ChildRun.launch(child, dir.resolve("child.log"), null, Duration.ofMillis(200));

        assertThat(run.exitCode()).isZero();
        // 48 MB held throughout, plus a small JVM; the garbage it makes all the time is not counted
        assertThat(run.liveHeapMb()).as("live heap, MB").isBetween((long) HELD_MB, HELD_MB + 24L);
    }

    @Test
    void anUnprobedRunReportsNoLiveHeap() throws Exception {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version");
        assertThat(ChildRun.launch(child, dir.resolve("version.log"), null).liveHeapMb()).isEqualTo(-1);
    }

    /**
     * Holds {@link #HELD_MB} MB for six seconds (time for the probe to attach on a busy machine)
     * while churning through garbage. Arrays of 64 KB:
     * G1 gives an array of half a region or more regions of its own, which would count more.
     */
    public static final class HeapHolder {
        static final int CHUNK = 64 * 1024;
        static byte[][] held;
        static volatile byte[][] garbage;

        public static void main(String[] args) throws InterruptedException {
            held = new byte[HELD_MB * 16][];
            for (int i = 0; i < held.length; i++) {
                held[i] = new byte[CHUNK];
            }
            long end = System.nanoTime() + 6_000_000_000L;
            while (System.nanoTime() < end) {
                byte[][] churn = new byte[64][];
                for (int i = 0; i < churn.length; i++) {
                    churn[i] = new byte[CHUNK];
                }
                garbage = churn;
                Thread.sleep(5);
            }
            System.out.println(held.length);
        }
    }
}
