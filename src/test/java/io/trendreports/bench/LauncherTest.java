package io.trendreports.bench;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherTest {

    private static final Path JAR = Path.of("/opt/tr/trend-reports.jar");
    private static final Path SCRIPT = Path.of("/opt/tr/trend-reports");

    @Test
    void jarLauncherStartsTheJvmWithItsOptionsAndTheGcLog() {
        ProcessBuilder p = new Launcher(Launcher.Kind.JAR, SCRIPT, "/jdk/bin/java", List.of("-Xmx512m"), JAR)
                .process(Path.of("/tmp/gc.log"), "run", "--input=in");

        assertThat(p.command()).containsExactly("/jdk/bin/java", "-Xmx512m", "-Xlog:gc:file=/tmp/gc.log",
                "-Dtrend.relaunch=false", "-jar",
                "/opt/tr/trend-reports.jar", "run", "--input=in");
    }

    @Test
    void scriptLauncherHandsTheJarJavaAndOptionsOverThroughTheScriptsEnvironment() {
        ProcessBuilder p = new Launcher(Launcher.Kind.SCRIPT, SCRIPT, "/jdk/bin/java", List.of("-Xmx512m"), JAR)
                .process(Path.of("/tmp/gc.log"), "run", "--input=in");

        assertThat(p.command()).containsExactly("/opt/tr/trend-reports", "run", "--input=in");
        assertThat(p.environment()).containsEntry("TREND_REPORTS_JAR", "/opt/tr/trend-reports.jar")
                .containsEntry("JAVA", "/jdk/bin/java")
                .containsEntry("JAVA_OPTS", "-Xmx512m -Xlog:gc:file=/tmp/gc.log");
    }

    @Test
    void optionsAcceptBothLaunchersAndRejectOthers() {
        assertThat(BenchmarkOptions.parse("--launcher=script").launcher()).isEqualTo(Launcher.Kind.SCRIPT);
        assertThat(BenchmarkOptions.parse().launcher()).isEqualTo(Launcher.Kind.JAR);
        assertThatThrownBy(() -> BenchmarkOptions.parse("--launcher=native"))
                .hasMessageContaining("--launcher must be jar or script");
    }
}
