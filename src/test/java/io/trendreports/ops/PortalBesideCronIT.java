package io.trendreports.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.bench.CorpusGenerator;
import io.trendreports.cli.ExitCodes;

/**
 * The smallest real deployment, with real processes on the default embedded database: the portal
 * serves all day while cron starts the nightly run. The run completes beside the portal, the
 * portal lists it without a restart, and still only one run goes at a time.
 */
class PortalBesideCronIT {

    private static final String USER = "ops";
    private static final String PASSWORD = "night-shift";
    /** A JVM ended by SIGTERM, its shutdown hooks done, exits with 128 + 15. */
    private static final int SIGTERM_EXIT = 143;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    @Test
    void aCronRunBesideThePortalCompletesAndThePortalListsItWithoutARestart() throws Exception {
        Path input = sampleInput();
        Path output = tmp.resolve("output");
        int port = freePort();
        try (JarProcess portal = startPortal(output, input, port)) {
            assertThat(get(port, "/runs").statusCode()).isEqualTo(200);

            Path runLog = tmp.resolve("cron-run.log");
            int exit = JarProcess.run(runLog, "run", "--input=" + input, "--output=" + output);
            assertThat(exit).as("the cron run beside the portal; its log:%n%s%nportal log:%n%s",
                    Files.readString(runLog), portal.logText()).isEqualTo(ExitCodes.OK);
            String runId = output.resolve("latest").toRealPath().getFileName().toString();

            HttpResponse<String> runs = get(port, "/runs");
            assertThat(runs.statusCode()).isEqualTo(200);
            assertThat(runs.body()).as("the portal lists the new run").contains(runId);
            HttpResponse<String> digest = get(port, "/runs/latest/digest.pdf");
            assertThat(digest.statusCode()).isEqualTo(200);
            assertThat(digest.body()).startsWith("%PDF");

            Path statusLog = tmp.resolve("status.log");
            assertThat(JarProcess.run(statusLog, "status", "--output=" + output)).isEqualTo(ExitCodes.OK);
            assertThat(Files.readString(statusLog)).contains("last run " + runId + ": COMPLETED");

            assertThat(portal.isRunning()).isTrue();
            portal.terminate();
            assertThat(portal.waitFor(Duration.ofMinutes(1))).isIn(ExitCodes.OK, SIGTERM_EXIT);
        }
    }

    @Test
    void aPortalStartedDuringARunTakesOverTheDatabaseWhenTheRunEndsAndASecondRunIsRefused() throws Exception {
        // large enough, on one thread, that the run outlasts the start of two more processes
        Path input = tmp.resolve("corpus");
        CorpusGenerator.generate(input, 400, 7);
        Path output = tmp.resolve("output");
        int port = freePort();
        try (JarProcess first = JarProcess.start(tmp.resolve("first.log"), "run", "--input=" + input,
                "--output=" + output, "--trend.ingest-threads=1", "--trend.pdf.threads=1", "--trend.writer-threads=1")) {
            assertThat(first.awaitLog("INFO  run ", Duration.ofMinutes(2))).isTrue();
            try (JarProcess portal = startPortal(output, input, port)) {
                Path secondLog = tmp.resolve("second.log");
                int second = JarProcess.run(secondLog, "run", "--input=" + input, "--output=" + output);
                assertThat(first.isRunning()).as("the first run was still going when the second ended").isTrue();
                assertThat(second).isEqualTo(ExitCodes.ALREADY_RUNNING);
                assertThat(Files.readString(secondLog)).contains("another run is in progress").doesNotContain("\tat ");

                assertThat(first.waitFor(Duration.ofMinutes(5))).as("first run; log:%n%s", first.logText())
                        .isEqualTo(ExitCodes.OK);
                String runId = output.resolve("latest").toRealPath().getFileName().toString();
                // the process that served the database has ended: the portal reopens it itself
                HttpResponse<String> runs = get(port, "/runs");
                assertThat(runs.statusCode()).as("portal log:%n%s", portal.logText()).isEqualTo(200);
                assertThat(runs.body()).contains(runId).contains("completed");
                assertThat(get(port, "/runs/" + runId).statusCode()).isEqualTo(200);

                portal.terminate();
                assertThat(portal.waitFor(Duration.ofMinutes(1))).isIn(ExitCodes.OK, SIGTERM_EXIT);
            }
        }
    }

    private JarProcess startPortal(Path output, Path input, int port) throws Exception {
        JarProcess portal = JarProcess.start(tmp.resolve("portal-" + port + ".log"), "serve",
                "--input=" + input, "--output=" + output, "--server.port=" + port,
                "--trend.portal.users[0].name=" + USER, "--trend.portal.users[0].password={noop}" + PASSWORD,
                "--trend.portal.users[0].roles[0]=viewer");
        if (!portal.awaitLog("portal: serving runs", Duration.ofMinutes(2))) {
            String log = portal.logText();
            portal.close();
            throw new AssertionError("the portal did not start; its log:\n" + log);
        }
        return portal;
    }

    private Path sampleInput() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("input"));
        for (String name : List.of("ai-llm-trends-2024.md", "ai-llm-trends-2023-illustrative.md")) {
            Files.copy(Path.of("input", name), input.resolve(name));
        }
        return input;
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
