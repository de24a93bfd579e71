package io.trendreports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.trendreports.cli.Command;
import io.trendreports.cli.ExitCodes;
import io.trendreports.warmup.StartupWarmUp;

/**
 * Runs a one-shot {@code run} started with a plain {@code java -jar} in a second JVM set up as the
 * start script sets it up: the unpacked jar, its class data archive, and only the quick (C1)
 * compiler, none of which a JVM can be given once it is running. The first such run records the
 * archive as it goes; later runs map it. Standard output and error are the child's, and so is the
 * exit code; a stop signal to this process stops the child gracefully first, and when this process
 * is killed outright the child ends at once too ({@link #endWithParent}), as one process would.
 *
 * <p>This JVM runs the command itself when it was started with a setup of its own (JIT, class
 * data, an agent, a flight recording, or a log whose file two JVMs would both write), with
 * {@code -Dtrend.relaunch=false}, when the inputs are most likely unchanged (a second JVM would
 * only add its start to a run with nothing to do), or when the folder beside the jar is not
 * writable.
 */
final class TunedRelaunch {

    static final String PROPERTY = "trend.relaunch";
    /** Set on the child, which must not start a child of its own. */
    static final String CHILD = "trend.relaunched";
    private static final List<String> OWN_SETUP = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:CompilerDirectivesFile", "-Xint", "-Xcomp", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-Xshare", "-javaagent", "-agentlib", "-agentpath", "-XX:StartFlightRecording", "-Xdebug", "-Xrunjdwp",
            "-Xlog", "-D" + CHILD + "=");
    /** As a shell reports a process ended by SIGKILL. */
    private static final int KILLED = 137;
    private static final String INPUT_ARG = "--trend.input=";
    private static final String OUTPUT_ARG = "--trend.output=";

    private TunedRelaunch() {
    }

    /** The exit code of the command run in the tuned JVM, or empty when this JVM is to run it. */
    static OptionalInt run(Command command, String[] args) {
        if (command.name() != Command.Name.RUN || System.getProperty(CHILD) != null
                || "false".equals(System.getProperty(PROPERTY))) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = launchedJar();
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jar.isEmpty() || jvmArgs.stream().anyMatch(a -> OWN_SETUP.stream().anyMatch(a::startsWith))
                || !command.force() && StartupWarmUp.nothingToDoLikely(folder(command, INPUT_ARG, "input"),
                folder(command, OUTPUT_ARG, "output"))) {
            return OptionalInt.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Optional<ClassDataCache> cache = ClassDataCache.prepare(jar.get(), java);
        if (cache.isEmpty()) {
            return OptionalInt.empty();
        }
        boolean recording = !cache.get().hasArchive();
        Path recorded = cache.get().archiveBeingRecorded();
        List<String> child = new ArrayList<>();
        child.add(java.toString());
        child.addAll(jvmArgs);
        child.add(recording ? "-XX:ArchiveClassesAtExit=" + recorded : "-XX:SharedArchiveFile=" + cache.get().archive());
        child.add("-Xshare:auto");
        // the archive's notes on classes it cannot hold (generated accessors, JFR events) are no news to a user
        child.add("-Xlog:cds=off,cds+dynamic=off");
        child.add("-XX:TieredStopAtLevel=1");
        child.add("-D" + CHILD + "=true");
        child.add("-jar");
        child.add(cache.get().unpackedJar().toString());
        child.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(child).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Thread stopChild = new Thread(() -> stop(process), "stop-run");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int exitCode = waitFor(process);
        Runtime.getRuntime().removeShutdownHook(stopChild);
        if (recording) {
            try {
                if (exitCode == ExitCodes.OK) {
                    cache.get().keep(recorded);
                }
                Files.deleteIfExists(recorded);
            } catch (IOException e) {
                // the next run records it again
            }
        }
        return OptionalInt.of(exitCode);
    }

    /**
     * In the child: its standard input is a pipe from the parent, which only the parent's end
     * closes, so a parent killed outright (SIGKILL, out of memory) ends the run at once rather than
     * leave it running unseen.
     */
    static void endWithParent() {
        if (System.getProperty(CHILD) == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent writes nothing; only the end of the pipe matters
                }
            } catch (IOException e) {
                // a broken pipe is an ended parent too
            }
            Runtime.getRuntime().halt(KILLED);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The jar of a {@code java -jar} start: the class path is that one file. */
    private static Optional<Path> launchedJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) && Files.isWritable(jar.getParent()) ? Optional.of(jar) : Optional.empty();
    }

    private static Path folder(Command command, String arg, String fallback) {
        return command.springArgs().stream().filter(a -> a.startsWith(arg)).reduce((a, b) -> b)
                .map(a -> Path.of(a.substring(arg.length()))).orElse(Path.of(fallback));
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                askToStop(process);
            }
        }
    }

    /** At a stop signal: the child stops its run gracefully, and this process exits with the child's code. */
    private static void stop(Process process) {
        if (process.isAlive()) {
            askToStop(process);
            Runtime.getRuntime().halt(waitFor(process));
        }
    }

    /** SIGTERM through the handle: {@link Process#destroy} also closes the pipe, which would end the child at once. */
    private static void askToStop(Process process) {
        process.toHandle().destroy();
    }
}
