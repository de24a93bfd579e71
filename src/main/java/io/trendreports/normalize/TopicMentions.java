package io.trendreports.normalize;

import java.util.List;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;

/**
 * The listed topic a report's text names most, for a report whose title says nothing of its
 * subject ("Research Report", "Executive Summary"). Only a clear lead counts: a topic named a few
 * times, at least twice as often as any other, so that a report in passing about several
 * subjects stays {@code general} rather than joining the wrong series.
 */
final class TopicMentions {

    static final int MIN_MENTIONS = 3;

    private TopicMentions() {
    }

    /** The entry the report names most clearly, or null. */
    static TopicCatalog.Entry mostNamed(List<TopicCatalog.Entry> entries, SourceReport report) {
        StringBuilder text = new StringBuilder();
        for (Section section : report.sections()) {
            text.append(section.title()).append('\n').append(section.body()).append('\n');
        }
        report.notes().forEach(n -> text.append(n).append('\n'));
        String padded = " " + TopicCatalog.key(text.toString()) + " ";
        TopicCatalog.Entry best = null;
        int most = 0;
        int second = 0;
        for (TopicCatalog.Entry entry : entries) {
            int n = mentions(padded, entry);
            if (n > most) {
                second = most;
                most = n;
                best = entry;
            } else if (n > second) {
                second = n;
            }
        }
        return most >= MIN_MENTIONS && most >= 2 * second ? best : null;
    }

    /** How often the text names the entry: its longest name at each place, so "large language model" counts once. */
    private static int mentions(String padded, TopicCatalog.Entry entry) {
        boolean[] taken = new boolean[padded.length()];
        List<String> names = entry.names().stream().sorted((a, b) -> b.length() - a.length()).toList();
        int count = 0;
        for (String name : names) {
            String needle = " " + name + " ";
            for (int at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + 1)) {
                if (!taken[at + 1]) {
                    count++;
                    for (int i = at + 1; i < at + needle.length() - 1; i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        return count;
    }
}
