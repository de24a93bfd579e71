package io.trendreports.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language models often answer with the whole report inside one {@code ```markdown} fence, and
 * crews save that answer as it is. Read literally, the file is a single code block with no text;
 * a reader sees the report inside, so that is what is parsed.
 */
final class MarkdownFence {

    private static final Pattern WHOLE = Pattern.compile(
            "\\A\\s*(`{3,}|~{3,})[ \\t]*(?:markdown|md)[ \\t]*\\r?\\n(.*)\\r?\\n[ \\t]*\\1[ \\t]*\\s*\\z",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private MarkdownFence() {
    }

    /** The fence's content when the whole text is one markdown fence, else the very same text. */
    static String unwrap(String text) {
        if (text.isEmpty() || (text.charAt(0) != '`' && text.charAt(0) != '~' && !Character.isWhitespace(text.charAt(0)))) {
            return text;
        }
        Matcher m = WHOLE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        return m.group(2);
    }
}
