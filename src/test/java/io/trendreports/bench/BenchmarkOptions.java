package io.trendreports.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What to measure. Every option has a default, so {@code Benchmark} alone measures 100, 1,000 and
 * 10,000 generated reports three times each with a 512 MB heap.
 *
 * @param jar      the packaged jar to run
 * @param sizes    corpus sizes (reports)
 * @param repeats  runs per measurement; the median is reported
 * @param work     where corpora and outputs go (corpora are kept and reused across invocations)
 * @param samples  folder of real reports measured as the small case, or null
 * @param javaOpts JVM options of every child run
 * @param seed     corpus generator seed
 * @param launcher how each child run starts: {@code java -jar} or the class-data-sharing start script
 * @param script   the start script, for {@code --launcher=script}
 * @param remoteWorkers worker counts measured in remote mode (none: remote mode is not measured)
 * @param remoteDb      PostgreSQL server for remote mode; each run gets a fresh schema there
 * @param remoteDbUser  its user (no password: trust authentication, as on the development machine)
 * @param remoteBroker  RabbitMQ for remote mode; each run gets a fresh queue there
 * @param liveHeapEvery how often an extra, untimed run per size is probed for its live data
 *                      ({@link LiveHeapProbe}), or null for no such run
 */
public record BenchmarkOptions(Path jar, List<Integer> sizes, int repeats, Path work, Path samples,
                               List<String> javaOpts, long seed, Launcher.Kind launcher, Path script,
                               List<Integer> remoteWorkers, String remoteDb, String remoteDbUser,
                               String remoteBroker, Duration liveHeapEvery) {

    public static final String USAGE = """
            usage: Benchmark [--jar=target/trend-reports.jar] [--sizes=100,1000,10000] [--repeats=3]
                             [--work=DIR] [--samples=input|none] [--java-opts="-Xmx512m"] [--seed=42]
                             [--launcher=jar|script] [--script=src/main/scripts/trend-reports]
                             [--live-heap-every=1s|off]
                             [--remote-workers=1,2 [--remote-db=jdbc:postgresql://127.0.0.1:5432/test]
                              [--remote-db-user=postgres] [--remote-broker=amqp://guest:guest@127.0.0.1:5672]]
            """;

    public static BenchmarkOptions parse(String... args) {
        Path jar = Path.of("target/trend-reports.jar");
        List<Integer> sizes = List.of(100, 1000, 10000);
        int repeats = 3;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "trend-reports-bench");
        Path samples = Path.of("input");
        List<String> javaOpts = List.of("-Xmx512m");
        long seed = 42;
        Launcher.Kind launcher = Launcher.Kind.JAR;
        Path script = Path.of("src/main/scripts/trend-reports");
        List<Integer> remoteWorkers = List.of();
        String remoteDb = "jdbc:postgresql://127.0.0.1:5432/test";
        String remoteDbUser = "postgres";
        String remoteBroker = "amqp://guest:guest@127.0.0.1:5672";
        Duration liveHeapEvery = Duration.ofSeconds(1);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
            String value = arg.substring(eq + 1).trim();
            switch (arg.substring(2, eq)) {
                case "jar" -> jar = Path.of(value);
                case "sizes" -> sizes = value.isEmpty() ? List.of() : Arrays.stream(value.split(","))
                        .map(String::trim).map(Integer::valueOf).toList();
                case "repeats" -> repeats = Math.max(1, Integer.parseInt(value));
                case "work" -> work = Path.of(value);
                case "samples" -> samples = value.isEmpty() || value.equals("none") ? null : Path.of(value);
                case "java-opts" -> javaOpts = value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
                case "seed" -> seed = Long.parseLong(value);
                case "launcher" -> launcher = Launcher.Kind.parse(value);
                case "script" -> script = Path.of(value);
                case "remote-workers" -> remoteWorkers = value.isEmpty() ? List.of() : Arrays.stream(value.split(","))
                        .map(String::trim).map(Integer::valueOf).toList();
                case "remote-db" -> remoteDb = value;
                case "remote-db-user" -> remoteDbUser = value;
                case "remote-broker" -> remoteBroker = value;
                case "live-heap-every" -> liveHeapEvery = value.equals("off") ? null
                        : Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new BenchmarkOptions(jar.toAbsolutePath(), sizes, repeats, work.toAbsolutePath(),
                samples == null ? null : samples.toAbsolutePath(), new ArrayList<>(javaOpts), seed, launcher,
                script.toAbsolutePath(), remoteWorkers, remoteDb, remoteDbUser, remoteBroker, liveHeapEvery);
    }
}
