package io.trendreports.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows fenced code blocks line by line, for the passes that rewrite lines before the Markdown
 * parser sees them: what stands inside a fence is code, never a heading or a stray tag.
 */
final class CodeFences {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private String open;

    /** Reads the next line; true when it opens or lies inside a fence. */
    boolean inside(String line) {
        Matcher f = FENCE.matcher(line);
        if (f.find()) {
            String mark = f.group(1);
            if (open == null) {
                open = mark;
            } else if (mark.charAt(0) == open.charAt(0) && mark.length() >= open.length()) {
                open = null;
            }
        }
        return open != null;
    }
}
