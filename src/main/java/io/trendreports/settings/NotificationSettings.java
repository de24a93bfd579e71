package io.trendreports.settings;

import java.time.Duration;
import java.util.List;

/**
 * The {@code trend.notifications.*} settings: who is told when a run has been published or has failed.
 * Both channels are off by default. Nothing here changes what a run writes.
 */
public record NotificationSettings(Mail mail, Webhook webhook) {

    public NotificationSettings {
        mail = mail == null ? new Mail(null, null, null, null, null, null, null, null, null, null, null, null) : mail;
        webhook = webhook == null ? new Webhook(null, null, null, null) : webhook;
    }

    /**
     * E-mail over SMTP, one message per role.
     *
     * @param operators         told of every published and every failed run, with the reason of a failure
     * @param viewers           told of published runs only
     * @param attachDigest      attach {@code digest.pdf} (up to {@code maxAttachmentBytes}); it is linked
     *                          instead when {@code trend.portal.base-url} is set and it is not attached
     * @param timeout           for connecting to and talking with the SMTP server
     */
    public record Mail(Boolean enabled, String host, Integer port, String username, String password,
                       Boolean starttls, String from, List<String> operators, List<String> viewers,
                       Boolean attachDigest, Long maxAttachmentBytes, Duration timeout) {

        public Mail {
            enabled = enabled != null && enabled;
            host = host == null ? "localhost" : host;
            port = port == null ? 25 : port;
            starttls = starttls != null && starttls;
            from = from == null ? "trend-reports@localhost" : from;
            operators = operators == null ? List.of() : List.copyOf(operators);
            viewers = viewers == null ? List.of() : List.copyOf(viewers);
            attachDigest = attachDigest == null || attachDigest;
            maxAttachmentBytes = maxAttachmentBytes == null ? 10L * 1024 * 1024 : maxAttachmentBytes;
            timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        }

        /** The password never appears, wherever the settings are printed. */
        @Override
        public String toString() {
            return "Mail[enabled=" + enabled + ", host=" + host + ", port=" + port + ", username=" + username
                    + ", password=" + (password == null || password.isEmpty() ? "" : "(set)") + ", starttls="
                    + starttls + ", from=" + from + ", operators=" + operators + ", viewers=" + viewers
                    + ", attachDigest=" + attachDigest + ", maxAttachmentBytes=" + maxAttachmentBytes
                    + ", timeout=" + timeout + "]";
        }
    }

    /**
     * A JSON POST to {@code url} after each published or failed run, tried {@code attempts} times
     * in all, waiting {@code backoff}, then twice that, and so on, between tries.
     *
     * @param url     empty: no webhook
     * @param timeout for each try
     */
    public record Webhook(String url, Integer attempts, Duration backoff, Duration timeout) {

        public Webhook {
            url = url == null ? "" : url.strip();
            attempts = attempts == null ? 4 : Math.max(1, attempts);
            backoff = backoff == null ? Duration.ofSeconds(2) : backoff;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        /** The address without its query, which may carry a token: how logs name it. */
        @Override
        public String toString() {
            int query = url.indexOf('?');
            return "Webhook[url=" + (query < 0 ? url : url.substring(0, query) + "?...") + ", attempts=" + attempts
                    + ", backoff=" + backoff + ", timeout=" + timeout + "]";
        }
    }
}
