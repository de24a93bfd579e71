package io.trendreports.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

import io.trendreports.TrendReportsApplication;
import io.trendreports.cli.ExitCodes;
import io.trendreports.job.ShippedRuns;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After a run, the configured people are told: by e-mail through a real SMTP conversation (an
 * in-process GreenMail server) and by a JSON POST to a local HTTP endpoint. Delivery problems are
 * retried and then dropped, never changing how the run ended; secrets stay out of the log.
 */
class NotificationsFunctionalTest {

    private static final String SMTP_PASSWORD = "s3cret-smtp-pw";
    private static final String HOOK_TOKEN = "hook-token-42";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("trend", SMTP_PASSWORD));

    @TempDir
    Path tmp;

    private HttpServer hook;
    private final List<String> hookBodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToGo = new AtomicInteger();

    @BeforeEach
    void endpoint() throws IOException {
        hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                hookBodies.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            int status = failuresToGo.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        hook.start();
    }

    @AfterEach
    void stopEndpoint() {
        hook.stop(0);
    }

    private Path shippedInput() throws IOException {
        return ShippedRuns.copyShippedReports(tmp.resolve("input"));
    }

    private List<String> notifying(Path input, Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--input=" + input, "--output=" + output,
                "--trend.notifications.mail.enabled=true",
                "--trend.notifications.mail.host=127.0.0.1",
                "--trend.notifications.mail.port=" + smtp.getSmtp().getPort(),
                "--trend.notifications.mail.username=trend",
                "--trend.notifications.mail.password=" + SMTP_PASSWORD,
                "--trend.notifications.mail.from=trend-reports@example.com",
                "--trend.notifications.mail.operators[0]=ops@example.com",
                "--trend.notifications.mail.viewers[0]=team@example.com",
                "--trend.notifications.mail.viewers[1]=lead@example.com",
                "--trend.notifications.webhook.url=http://127.0.0.1:" + hook.getAddress().getPort() + "/hook?token="
                        + HOOK_TOKEN,
                "--trend.notifications.webhook.attempts=3",
                "--trend.notifications.webhook.backoff=PT0.01S",
                "--trend.portal.base-url=https://reports.example.com/"));
        args.addAll(List.of(extra));
        return args;
    }

    /** Runs, returning the exit code and appending what the run printed to {@code log}. */
    private static int run(List<String> args, StringBuilder log) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return TrendReportsApplication.execute(args.toArray(String[]::new));
        } finally {
            System.setOut(original);
            log.append(captured.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPublishedRunIsMailedToEachRoleWithTheDigestAndPostedToTheWebhookAfterRetries() throws Exception {
        Path input = shippedInput();
        Path output = tmp.resolve("output");
        failuresToGo.set(2);
        StringBuilder log = new StringBuilder();

        assertThat(run(notifying(input, output), log)).isEqualTo(ExitCodes.OK);

        String runId = output.resolve("latest").toRealPath().getFileName().toString();
        byte[] digest = Files.readAllBytes(output.resolve("latest/digest.pdf"));
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(3); // one message per role: the operator, and the two viewers
        MimeMessage toOps = to(mails, "ops@example.com");
        MimeMessage toTeam = to(mails, "team@example.com");
        assertThat(toTeam.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactlyInAnyOrder("team@example.com", "lead@example.com");
        assertThat(toOps.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("ops@example.com");
        for (MimeMessage mail : List.of(toOps, toTeam)) {
            assertThat(mail.getSubject()).isEqualTo("trend-reports: run " + runId + " published, 2 reports");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("trend-reports@example.com");
            String text = text(mail);
            assertThat(text).contains("run " + runId + " COMPLETED in ")
                    .contains("2 inputs: 2 processed, 0 rejected; 17 records.")
                    .contains("The digest is attached (digest.pdf).")
                    .contains("Run page: https://reports.example.com/runs/" + runId);
            assertThat(attachment(mail, "digest.pdf")).isEqualTo(digest);
        }

        assertThat(hookBodies).as("two refusals, then taken").hasSize(3);
        JsonNode posted = JSON.readTree(hookBodies.get(2));
        assertThat(posted.get("event").asString()).isEqualTo("run-ended");
        assertThat(posted.get("runId").asString()).isEqualTo(runId);
        assertThat(posted.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(posted.get("exitCode").asInt()).isEqualTo(ExitCodes.OK);
        assertThat(posted.get("totals").get("processed").asInt()).isEqualTo(2);
        assertThat(posted.get("totals").get("records").asLong()).isEqualTo(17);
        assertThat(posted.get("links").get("digest").asString())
                .isEqualTo("https://reports.example.com/runs/" + runId + "/digest.pdf");
        assertThat(posted.get("durationMs").asLong()).isPositive();

        assertThat(log).contains("notify: mailed run " + runId + " to the operators")
                .contains("notify: webhook http://127.0.0.1:" + hook.getAddress().getPort() + "/hook took run " + runId)
                .doesNotContain(SMTP_PASSWORD).doesNotContain(HOOK_TOKEN);
    }

    @Test
    void theNextRunSaysWhatChanged() throws Exception {
        Path input = shippedInput();
        Path output = tmp.resolve("output");
        StringBuilder log = new StringBuilder();
        assertThat(run(notifying(input, output), log)).isEqualTo(ExitCodes.OK);
        Files.writeString(input.resolve("ai-llm-trends-2024.md"), Files.readString(input.resolve("ai-llm-trends-2024.md"))
                + "\n## 11. Agents\nAutonomous agents plan and act with tools under regulation and oversight.\n");
        Files.writeString(input.resolve("notes.txt"), "\u0000\u0001 not a report");
        Thread.sleep(1100); // a new second: a new run id

        assertThat(run(notifying(input, output), log)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);

        String text = text(to(smtp.getReceivedMessages(), "ops@example.com", 1));
        assertThat(text).contains("What changed:").contains("- changed: ai-llm-trends-2024.md")
                .containsPattern("- rejected: notes\\.txt \\(.+\\)")
                .doesNotContain("ai-llm-trends-2023-illustrative.md\n");
        assertThat(text).containsPattern("- .+ (new|dropped|strengthened|weakened) in \"");
    }

    @Test
    void aWebhookThatNeverTakesItIsGivenUpAndTheRunEndsAsItWould() throws Exception {
        Path input = shippedInput();
        Path output = tmp.resolve("output");
        failuresToGo.set(1000);
        StringBuilder log = new StringBuilder();

        assertThat(run(notifying(input, output), log)).isEqualTo(ExitCodes.OK);

        assertThat(hookBodies).hasSize(3);
        assertThat(log).contains("did not take run").contains("after 3 tries (last: HTTP 503)")
                .contains("the run is not affected");
    }

    @Test
    void aFailedRunIsToldToTheOperatorsOnly() throws Exception {
        Path input = shippedInput();
        Path output = tmp.resolve("output");
        StringBuilder log = new StringBuilder();

        int exit = run(notifying(input, output, "--trend.pdf.fallback-fonts=" + tmp.resolve("no-such-font.ttf")), log);

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("ops@example.com");
        assertThat(mails[0].getSubject()).endsWith(" FAILED");
        assertThat(text(mails[0])).contains("FAILED after").contains("no-such-font.ttf")
                .contains("latest still points at the run before");
        JsonNode posted = JSON.readTree(hookBodies.get(0));
        assertThat(posted.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(posted.get("published").asBoolean()).isFalse();
        assertThat(posted.get("exitCode").asInt()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void nothingIsSentUnlessConfigured() throws Exception {
        Path input = shippedInput();
        StringBuilder log = new StringBuilder();

        assertThat(run(List.of("run", "--input=" + input, "--output=" + tmp.resolve("output")), log))
                .isEqualTo(ExitCodes.OK);

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(hookBodies).isEmpty();
        assertThat(log).doesNotContain("notify:");
    }

    private static MimeMessage to(MimeMessage[] mails, String address) throws Exception {
        return to(mails, address, 0);
    }

    /** The {@code nth} message (0 first) sent to {@code address}. */
    private static MimeMessage to(MimeMessage[] mails, String address, int nth) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mails) {
            for (var r : m.getRecipients(Message.RecipientType.TO)) {
                if (r.toString().equals(address)) {
                    found.add(m);
                }
            }
        }
        assertThat(found.size()).as("messages to %s", address).isGreaterThan(nth);
        return found.get(nth);
    }

    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                Part part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return part.getContent().toString();
                }
                if (part.getContent() instanceof Multipart nested) {
                    for (int j = 0; j < nested.getCount(); j++) {
                        if (nested.getBodyPart(j).isMimeType("text/plain")) {
                            return nested.getBodyPart(j).getContent().toString();
                        }
                    }
                }
            }
            throw new AssertionError("no text part in " + GreenMailUtil.getWholeMessage(mail));
        }
        return content.toString();
    }

    private static byte[] attachment(MimeMessage mail, String name) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no attachment " + name);
    }
}
