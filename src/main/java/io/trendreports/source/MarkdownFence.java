package io.trendreports.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language models often answer with the whole report inside one {@code ```markdown} fence, after
 * a sentence or two of their own (or a generated header: "# Research Report: ...", a date, a
 * rule) and sometimes with a sentence after it, and crews save that answer as it is. Read
 * literally, the file is a single code block with no text; a reader sees the report inside, so
 * that is what is parsed. The fence ends at the last line that closes it, since the report inside
 * may hold code blocks of its own. A fence with no language named ({@code ```}) is read the same
 * way when the report inside starts with a heading, as a saved answer does; a report that merely
 * opens with a code block starts with code instead.
 */
final class MarkdownFence {

    /** What a model may say before or after its answer ("Here is the report:"): short. */
    private static final int MAX_PREAMBLE_CHARS = 1000;
    /** How many times longer than a generated header the fenced report is. */
    private static final int BULK = 3;
    private static final Pattern OPENING = Pattern.compile(
            "(?im)^(`{3,}|~{3,})[ \\t]*(?:markdown|md)[ \\t]*\\r?$");
    private static final Pattern FENCE_LINE = Pattern.compile("(?m)^(`{3,}|~{3,})([^\\r\\n]*)$");
    private static final Pattern STARTS_WITH_HEADING = Pattern.compile("\\A\\s*^ {0,3}#{1,6}[ \\t]", Pattern.MULTILINE);
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^ {0,3}#");
    private static final Pattern HEADING_LINE_WHOLE = Pattern.compile("(?m)^ {0,3}#.*$");

    private MarkdownFence() {
    }

    /** The fence's content when the text is one markdown fence with short words around it, else the very same text. */
    static String unwrap(String text) {
        Matcher open = OPENING.matcher(text);
        boolean bare = false;
        if (!open.find()) {
            // only the text's first fence line can open it: a later bare one may close a code block
            open = FENCE_LINE.matcher(text);
            bare = open.find() && open.group(2).isBlank();
            if (!bare) {
                return text;
            }
        }
        if (open.start(1) > MAX_PREAMBLE_CHARS) {
            return text;
        }
        String marker = open.group(1);
        Matcher close = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(marker) + "[ \\t]*\\r?$").matcher(text);
        int closeStart = -1;
        int closeEnd = -1;
        for (int from = open.end(); close.find(from); from = close.end()) {
            closeStart = close.start();
            closeEnd = close.end();
        }
        if (closeStart < 0) {
            return text;
        }
        String preamble = text.substring(0, open.start(1)).strip();
        String content = text.substring(open.end(), closeStart).replaceFirst("\\A\\r?\\n", "");
        if (bare && !STARTS_WITH_HEADING.matcher(content).find()) {
            return text;
        }
        String after = text.substring(closeEnd).strip();
        // one heading before the fence is a generated header ("# Research Report: ...") when the fence
        // holds the bulk of the file and headings of its own; a report quoting a fenced example has more
        long preambleHeadings = HEADING_LINE.matcher(preamble).results().count();
        boolean generatedHeader = preambleHeadings == 1 && HEADING_LINE.matcher(content).find()
                && content.length() >= BULK * preamble.length();
        boolean preambleFits = preambleHeadings == 0 || generatedHeader;
        boolean afterFits = after.length() <= MAX_PREAMBLE_CHARS && !HEADING_LINE.matcher(after).find();
        if (!preambleFits || !afterFits) {
            return text;
        }
        if (generatedHeader) {
            // the fenced report's own title is the one a reader sees; the header's lines stay as notes
            preamble = HEADING_LINE_WHOLE.matcher(preamble).replaceFirst("").strip();
        }
        StringBuilder s = new StringBuilder();
        if (!preamble.isEmpty()) {
            s.append(preamble).append("\n\n");
        }
        s.append(content);
        if (!after.isEmpty()) {
            // a rule keeps the model's closing words out of the last part
            s.append("\n\n---\n\n").append(after);
        }
        return s.toString();
    }
}
