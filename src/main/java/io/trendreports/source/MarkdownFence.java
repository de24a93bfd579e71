package io.trendreports.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language models often answer with the whole report inside one {@code ```markdown} fence, after
 * a sentence or two of their own, and crews save that answer as it is. Read literally, the file is a single code block with no text;
 * a reader sees the report inside, so that is what is parsed.
 */
final class MarkdownFence {

    /** What a model may say before its answer ("Here is the report:"): short, and no heading. */
    private static final int MAX_PREAMBLE_CHARS = 1000;
    private static final Pattern WHOLE = Pattern.compile(
            "\\A(.*?)^(`{3,}|~{3,})[ \\t]*(?:markdown|md)[ \\t]*\\r?\\n(.*)\\r?\\n[ \\t]*\\2[ \\t]*\\s*\\z",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^ {0,3}#");

    private MarkdownFence() {
    }

    /** The fence's content when the whole text is one markdown fence, else the very same text. */
    static String unwrap(String text) {
        int fence = Math.max(text.indexOf("```"), text.indexOf("~~~"));
        if (fence < 0 || fence > MAX_PREAMBLE_CHARS) {
            return text;
        }
        Matcher m = WHOLE.matcher(text);
        if (!m.matches() || HEADING_LINE.matcher(m.group(1)).find()) {
            return text;
        }
        String preamble = m.group(1).strip();
        return preamble.isEmpty() ? m.group(3) : preamble + "\n\n" + m.group(3);
    }
}
