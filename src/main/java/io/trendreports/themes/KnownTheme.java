package io.trendreports.themes;

import java.util.Objects;

/**
 * A theme an earlier run discovered, as the store keeps it.
 *
 * @param id        stable id ({@code d-} and eight hex digits)
 * @param label     the label discovery gave it ({@link DiscoveredTheme#discoveredLabel()}), kept for good
 * @param signature {@link ThemeSignature#toJson()} of the run that last saw it
 */
public record KnownTheme(String id, String label, String signature) {

    public KnownTheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        signature = signature == null ? "" : signature;
    }
}
