package io.trendreports.xlsx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * How the comparison workbook is written.
 *
 * @param author        shown as the workbook's creator in its document properties
 * @param portalBaseUrl where the download portal is reached ({@code https://reports.example.com}),
 *                      so that a workbook downloaded on its own still links to the briefs; empty
 *                      when there is no portal, and the workbook then links only within its run folder
 */
public record WorkbookSettings(String author, String portalBaseUrl) {

    public WorkbookSettings {
        author = author == null || author.isBlank() ? "trend-reports" : author;
        portalBaseUrl = portalBaseUrl == null ? "" : portalBaseUrl.strip().replaceAll("/+$", "");
        if (!portalBaseUrl.isEmpty()) {
            requireHttpUrl(portalBaseUrl);
        }
    }

    public WorkbookSettings(String author) {
        this(author, "");
    }

    public Optional<String> portal() {
        return portalBaseUrl.isEmpty() ? Optional.empty() : Optional.of(portalBaseUrl);
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("trend.portal.base-url must be an http(s) address without query,"
                        + " like https://reports.example.com: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("trend.portal.base-url is not a valid address: " + url, e);
        }
    }
}
