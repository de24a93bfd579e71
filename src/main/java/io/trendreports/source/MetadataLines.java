package io.trendreports.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata block some generators put at the top of a file without YAML delimiters: Pelican and
 * MultiMarkdown write {@code Title: ...}, {@code Date: ...}, {@code Author: ...} lines up to the
 * first blank line. Read as YAML they would lose everything after a {@code #} ("KWN #30"), so their
 * plain {@code key: value} lines are taken as they stand.
 */
final class MetadataLines {

    private static final Pattern PAIR = Pattern.compile("^([A-Za-z][\\w-]*)[ \\t]*:[ \\t]*(\\S.*)?$");
    /** Keys these generators write; a block must name a title or a date to be read as metadata. */
    private static final Set<String> KEYS = Set.of("title", "date", "author", "authors", "tags", "category",
            "categories", "slug", "summary", "lang", "language", "modified", "status", "keywords", "subtitle");
    private static final int MIN_LINES = 2;

    /** The metadata block and the text after it, or nothing when the file does not open with one. */
    record Split(String block, String body) {
    }

    private MetadataLines() {
    }

    static Split split(String text) {
        String rest = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> keys = new ArrayList<>();
        int pos = 0;
        while (pos < rest.length()) {
            int end = rest.indexOf('\n', pos);
            String line = (end < 0 ? rest.substring(pos) : rest.substring(pos, end)).stripTrailing();
            if (line.isEmpty()) {
                break;
            }
            Matcher m = PAIR.matcher(line);
            if (!m.matches() || !KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return null;
            }
            keys.add(m.group(1).toLowerCase(Locale.ROOT));
            pos = end < 0 ? rest.length() : end + 1;
        }
        if (keys.size() < MIN_LINES || !(keys.contains("title") || keys.contains("date"))) {
            return null;
        }
        return new Split(rest.substring(0, pos), rest.substring(pos));
    }
}
