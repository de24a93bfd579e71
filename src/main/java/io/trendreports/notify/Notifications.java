package io.trendreports.notify;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.trendreports.settings.NotificationSettings;

/**
 * Tells whoever is configured that a run has ended: by e-mail when {@code trend.notifications.mail.enabled},
 * by webhook when {@code trend.notifications.webhook.url} is set. Returns once both are done or given
 * up; nothing it meets is thrown back at the run.
 */
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.notify");

    private final MailNotifier mail;
    private final WebhookNotifier webhook;

    public Notifications(NotificationSettings settings, String portalBaseUrl) {
        PortalLinks links = new PortalLinks(portalBaseUrl);
        this.mail = settings.mail().enabled() ? new MailNotifier(settings.mail(), links) : null;
        this.webhook = settings.webhook().url().isEmpty() ? null
                : new WebhookNotifier(settings.webhook(), links, Notifications::sleep);
    }

    /** Whether anyone is to be told; the report is only worth building then. */
    public boolean enabled() {
        return mail != null || webhook != null;
    }

    public void runEnded(RunReport report) {
        if (mail != null) {
            deliver("e-mail", () -> mail.send(report), report);
        }
        if (webhook != null) {
            deliver("webhook", () -> webhook.send(report), report);
        }
    }

    private static void deliver(String channel, Runnable send, RunReport report) {
        try {
            send.run();
        } catch (RuntimeException e) {
            log.warn("notify: {} about run {} failed: {}; the run is not affected", channel, report.runId(),
                    e.toString());
        }
    }

    private static void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }
}
