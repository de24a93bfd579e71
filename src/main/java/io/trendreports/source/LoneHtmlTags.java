package io.trendreports.source;

import java.util.regex.Pattern;

/**
 * Lines that hold nothing but HTML tags ({@code </p>}, {@code <div class="note">}), left behind
 * where a page was converted to Markdown, set off from the Markdown line that follows them. In
 * CommonMark such a line opens a raw HTML block that runs to the next blank line, so a heading
 * written right under a stray {@code </p>} is swallowed as HTML and divides nothing; Python-Markdown,
 * which static site generators use for these files, reads that heading as a heading, and so does a
 * reader. Lines inside fenced code are left alone.
 */
final class LoneHtmlTags {

    private static final Pattern TAGS_ONLY = Pattern.compile(
            "^ {0,3}(?:</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>[ \\t]*)+$");

    private LoneHtmlTags() {
    }

    /** {@code text} with a blank line after each tags-only line that Markdown follows; the same instance when none does. */
    static String setOff(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 64);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean code = fences.inside(line);
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
                if (!code && TAGS_ONLY.matcher(line).matches() && startsMarkdown(lines[i + 1])) {
                    out.append('\n');
                    changed = true;
                }
            }
        }
        return changed ? out.toString() : text;
    }

    /** A line of text or Markdown, not blank and not more HTML. */
    private static boolean startsMarkdown(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.charAt(0) != '<';
    }
}
