package io.trendreports.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Flattens block nesting (quotes, list items, indentation) beyond {@link #MAX_DEPTH} levels before
 * the Markdown parser sees it. Parsing and extracting text recurse once per level, so a file of
 * thousands of nested quotes or list items would otherwise exhaust the thread's stack; no reader
 * tells level 40 from level 32. Lines within the limit, and so nearly every real file, are left
 * exactly as they are.
 */
final class NestingLimit {

    static final int MAX_DEPTH = 32;
    /** Indentation beyond this many columns is flattened too (four columns per level). */
    private static final int MAX_COLUMNS = 4 * MAX_DEPTH;

    private NestingLimit() {
    }

    /** The text with over-deep line prefixes flattened, or the very same instance when none is. */
    static String flatten(String text) {
        StringBuilder out = null;
        int lineStart = 0;
        int length = text.length();
        while (lineStart < length) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? length : lineEnd + 1;
            int prefixEnd = overDeepPrefixEnd(text, lineStart, lineEnd);
            if (prefixEnd >= 0) {
                if (out == null) {
                    out = new StringBuilder(length).append(text, 0, lineStart);
                }
                out.append(flattenedPrefix(text, lineStart, prefixEnd)).append(text, prefixEnd, lineEnd);
            } else if (out != null) {
                out.append(text, lineStart, lineEnd);
            }
            lineStart = lineEnd;
        }
        return out == null ? text : out.toString();
    }

    /** The end of the line's container prefix when it is too deep, else -1. */
    private static int overDeepPrefixEnd(String text, int start, int end) {
        int depth = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
                i++;
            } else {
                int marker = markerEnd(text, i, end);
                if (marker < 0) {
                    break;
                }
                depth++;
                i = marker;
            }
        }
        return depth > MAX_DEPTH || columns > MAX_COLUMNS ? i : -1;
    }

    /** The end of a quote or list marker at {@code i}, or -1 when there is none. */
    private static int markerEnd(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int j = i;
        if (c == '-' || c == '+' || c == '*') {
            j = i + 1;
        } else {
            while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j == i || j >= end || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                return -1;
            }
            j++;
        }
        return j >= end || text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\n'
                || text.charAt(j) == '\r' ? j : -1;
    }

    /**
     * The prefix's last {@link #MAX_DEPTH} markers, each after the white space that stood before it
     * (at most {@link #MAX_COLUMNS} columns), so that a deep item becomes an item at the limit.
     */
    private static String flattenedPrefix(String text, int start, int end) {
        List<String> parts = new ArrayList<>();
        StringBuilder space = new StringBuilder();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                if (space.length() < MAX_COLUMNS) {
                    space.append(c);
                }
                i++;
            } else {
                int marker = markerEnd(text, i, end);
                parts.add(space + text.substring(i, marker));
                space.setLength(0);
                i = marker;
            }
        }
        StringBuilder prefix = new StringBuilder();
        parts.subList(Math.max(0, parts.size() - MAX_DEPTH), parts.size()).forEach(prefix::append);
        return prefix.append(space.length() > 4 ? " " : space).toString();
    }
}
