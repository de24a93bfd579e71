package io.trendreports.source;

import java.util.Locale;

/**
 * The name a heading shares with its repeats: the words before a colon, in lower case. "Verdict:
 * hold" and "Verdict: buy" are one recurring heading with a different value each time.
 */
final class RecurringName {

    private RecurringName() {
    }

    static String of(String title) {
        String name = title.split("[:：]", 2)[0];
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
