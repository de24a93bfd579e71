package io.trendreports.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.trendreports.settings.NotificationSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs the end of a run as JSON to the configured address. A try fails on any answer but 2xx
 * or on no answer; it is tried again after a wait that doubles each time, up to the configured
 * number of tries, and then given up with a warning: the run's outcome never depends on it.
 */
final class WebhookNotifier {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.notify");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How the notifier waits between tries; tests give one that does not. */
    interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    private final NotificationSettings.Webhook settings;
    private final PortalLinks links;
    private final Pause pause;
    private final HttpClient http;

    WebhookNotifier(NotificationSettings.Webhook settings, PortalLinks links, Pause pause) {
        this.settings = settings;
        this.links = links;
        this.pause = pause;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void send(RunReport report) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "trend-reports")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(payload(report)))).build();
        } catch (IllegalArgumentException e) {
            log.warn("notify: webhook address is not usable ({}); nothing sent", e.getMessage());
            return;
        }
        Duration wait = settings.backoff();
        String last = "";
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    log.info("notify: webhook {} took run {} (HTTP {}, try {} of {})", name(), report.runId(),
                            response.statusCode(), attempt, settings.attempts());
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("notify: webhook {} interrupted; run {} not delivered", name(), report.runId());
                return;
            }
            if (attempt < settings.attempts()) {
                try {
                    pause.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = wait.multipliedBy(2);
            }
        }
        log.warn("notify: webhook {} did not take run {} after {} tries (last: {}); the run is not affected", name(),
                report.runId(), settings.attempts(), last);
    }

    /** The address as logs show it: without a query, which may hold a token. */
    private String name() {
        int query = settings.url().indexOf('?');
        return query < 0 ? settings.url() : settings.url().substring(0, query);
    }

    Map<String, Object> payload(RunReport r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "run-ended");
        body.put("runId", r.runId());
        body.put("outcome", r.outcome());
        body.put("published", r.published());
        body.put("exitCode", r.exitCode());
        body.put("message", r.message());
        body.put("startedAt", r.startedAt() == null ? null : r.startedAt().toString());
        body.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
        body.put("durationMs", r.duration().toMillis());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("inputs", r.totals().inputs());
        totals.put("processed", r.totals().processed());
        totals.put("rejected", r.totals().rejected());
        totals.put("records", r.totals().records());
        body.put("totals", totals);
        body.put("changes", r.changes());
        body.put("links", links.of(r));
        body.put("publishedTo", r.publishedDir() == null ? null : r.publishedDir().toString());
        return body;
    }
}
