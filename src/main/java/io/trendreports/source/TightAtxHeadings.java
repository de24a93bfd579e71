package io.trendreports.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings written without the space after their hashes ({@code ##1. Flat design returns}), as
 * the original Markdown and kramdown accept and older blogs wrote them: CommonMark reads such a
 * line as a paragraph, so the report would have no headings at all. Two to six hashes are taken;
 * a single one is left alone, since a line opening with a hashtag ("#AI #trends") is text. Lines
 * inside fenced code are left alone.
 */
final class TightAtxHeadings {

    private static final Pattern TIGHT = Pattern.compile("^( {0,3}#{2,6})([^#\\s].*)$");

    private TightAtxHeadings() {
    }

    /** {@code text} with a space after the hashes of each tight heading; the same instance when there is none. */
    static String spaced(String text) {
        if (!text.contains("##")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean code = fences.inside(line);
            Matcher m = !code ? TIGHT.matcher(line) : null;
            if (m != null && m.matches()) {
                out.append(m.group(1)).append(' ').append(m.group(2));
                changed = true;
            } else {
                out.append(line);
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return changed ? out.toString() : text;
    }
}
