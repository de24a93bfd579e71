package io.trendreports.source;

import java.util.Locale;

/**
 * The name a heading shares with its repeats: the words before a colon or a closing remark in
 * brackets, in lower case. "Verdict: hold" and "Verdict: buy", "Key findings (updated)" and "Key
 * findings (12 new)" are one recurring heading with a different value each time.
 */
final class RecurringName {

    private RecurringName() {
    }

    static String of(String title) {
        String name = title.split("[:：]", 2)[0].replaceFirst("\\s*[(（][^()（）]*[)）]\\s*$", "");
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
