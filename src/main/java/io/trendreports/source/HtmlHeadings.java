package io.trendreports.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings a report writes in HTML, one to a line ({@code <h2>Is dark energy changing?</h2>}), as
 * blog and newsletter generators do, read as the Markdown headings they are: flexmark keeps such a
 * line as raw HTML, which divides nothing. Lines inside fenced code are left alone.
 */
final class HtmlHeadings {

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^ {0,3}<h([1-6])(?:\\s[^>]*)?>(.*?)</h\\1\\s*>[ \\t]*$");

    private HtmlHeadings() {
    }

    /** {@code text} with each HTML heading line written as an ATX heading; the same instance when there is none. */
    static String asMarkdown(String text) {
        if (!text.contains("<h") && !text.contains("<H")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (String line : text.split("\n", -1)) {
            boolean code = fences.inside(line);
            Matcher m = !code ? HEADING.matcher(line) : null;
            String inner = m != null && m.matches() ? HtmlText.of(m.group(2)).replaceAll("\\s+", " ").strip() : "";
            if (!inner.isEmpty()) {
                out.append("#".repeat(Integer.parseInt(m.group(1)))).append(' ').append(inner);
                changed = true;
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return changed ? out.toString() : text;
    }
}
