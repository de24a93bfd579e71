package io.trendreports.source;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes report ids from file names: lower-case ASCII words joined by hyphens, safe in file names
 * and URLs, and unique within one run (a numeric suffix is added on collision).
 */
public final class ReportSlugs {

    private final Set<String> used = new HashSet<>();

    public static String slug(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,8}$", "");
        String ascii = Normalizer.normalize(stem, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "report" : slug;
    }

    /** A slug for {@code fileName} that this instance has not handed out before. */
    public synchronized String uniqueSlug(String fileName) {
        String base = slug(fileName);
        String candidate = base;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }
}
