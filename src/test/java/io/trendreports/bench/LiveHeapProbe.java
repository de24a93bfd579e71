package io.trendreports.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import com.sun.tools.attach.VirtualMachine;

/**
 * Measures the live data of a running child JVM: attaches to it (Attach API and JMX, both in the
 * JDK), and at every interval asks it for a full collection and reads the heap that collection
 * left. The largest such reading is the most the run ever had to keep, which a GC log cannot
 * tell (a young collection leaves old garbage in place). The forced collections slow the child
 * down, so a probed run is never one of the timed runs.
 */
final class LiveHeapProbe implements AutoCloseable {

    private static final int SIGQUIT = 3;
    private static final int STARTUP_SAMPLES = 10;

    private final long pid;
    private final Duration interval;
    private final AtomicLong peakBytes = new AtomicLong(-1);
    private final AtomicLong samples = new AtomicLong();
    private final Thread thread;
    private volatile boolean closed;

    private LiveHeapProbe(long pid, Duration interval) {
        this.pid = pid;
        this.interval = interval;
        this.thread = new Thread(this::sample, "live-heap-probe");
        thread.setDaemon(true);
    }

    static LiveHeapProbe start(long pid, Duration interval) {
        LiveHeapProbe probe = new LiveHeapProbe(pid, interval);
        probe.thread.start();
        return probe;
    }

    /** Largest heap in use after a full collection, in MB; -1 when no sample was taken. */
    long peakMb() {
        long bytes = peakBytes.get();
        return bytes < 0 ? -1 : bytes / (1024 * 1024);
    }

    long samples() {
        return samples.get();
    }

    private void sample() {
        try (JMXConnector connector = connect()) {
            if (connector == null) {
                return;
            }
            MBeanServerConnection server = connector.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            List<GarbageCollectorMXBean> collectors = ManagementFactory.getPlatformMXBeans(server,
                    GarbageCollectorMXBean.class);
            Set<String> heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                    .collect(Collectors.toSet());
            while (!closed) {
                long[] before = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).toArray();
                memory.gc();
                afterFullCollection(collectors, before, heapPools).ifPresent(used -> {
                    peakBytes.accumulateAndGet(used, Math::max);
                    samples.incrementAndGet();
                });
                // a small run is over in a second or two: sample it five times as often at first
                Thread.sleep(samples.get() < STARTUP_SAMPLES ? interval.toMillis() / 5 : interval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the child ended (or closed the connection) between two samples: the readings so far stand
        }
    }

    /**
     * The heap left by the forced collection, as that collection itself reported it: reading the
     * heap in use afterwards would also count what the run allocated in the meantime. When a young
     * collection slipped in right after, the smaller of the two readings is the full one.
     */
    private static Optional<Long> afterFullCollection(List<GarbageCollectorMXBean> collectors, long[] countsBefore,
                                                      Set<String> heapPools) {
        Optional<Long> least = Optional.empty();
        for (int i = 0; i < collectors.size(); i++) {
            GarbageCollectorMXBean collector = collectors.get(i);
            GcInfo info = collector.getLastGcInfo();
            if (info == null || collector.getCollectionCount() == countsBefore[i]) {
                continue;
            }
            long used = info.getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            least = Optional.of(least.map(l -> Math.min(l, used)).orElse(used));
        }
        return least;
    }

    /**
     * Waits until the child is a JVM that handles SIGQUIT (the start script is a shell first, and
     * attaching signals the process, which would kill a shell or a JVM still starting), then
     * attaches and starts its local JMX agent.
     */
    private JMXConnector connect() throws Exception {
        while (!closed) {
            if (catchesSigquit()) {
                VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
                try {
                    String address = vm.startLocalManagementAgent();
                    return JMXConnectorFactory.connect(new JMXServiceURL(address));
                } finally {
                    vm.detach();
                }
            }
            Thread.sleep(20);
        }
        return null;
    }

    private boolean catchesSigquit() {
        try {
            Path proc = Path.of("/proc", Long.toString(pid));
            if (!Files.readString(proc.resolve("comm"), StandardCharsets.US_ASCII).strip().equals("java")) {
                return false;
            }
            for (String line : Files.readAllLines(proc.resolve("status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("SigCgt:")) {
                    long caught = Long.parseUnsignedLong(line.substring(7).strip(), 16);
                    return (caught & (1L << (SIGQUIT - 1))) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not there yet, or gone
        }
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.interrupt();
        thread.join(5_000);
    }
}
