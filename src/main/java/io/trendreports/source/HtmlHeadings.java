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
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private HtmlHeadings() {
    }

    /** {@code text} with each HTML heading line written as an ATX heading; the same instance when there is none. */
    static String asMarkdown(String text) {
        if (!text.contains("<h") && !text.contains("<H")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        String fence = null;
        boolean changed = false;
        for (String line : text.split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                String mark = f.group(1);
                if (fence == null) {
                    fence = mark;
                } else if (mark.charAt(0) == fence.charAt(0) && mark.length() >= fence.length()) {
                    fence = null;
                }
            }
            Matcher m = fence == null ? HEADING.matcher(line) : null;
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
