package io.trendreports.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language models often answer with the whole report inside one {@code ```markdown} fence, after
 * a sentence or two of their own (or a generated header: "# Research Report: ...", a date, a
 * rule) and sometimes with a sentence after it, and crews save that answer as it is. Read
 * literally, the file is a single code block with no text; a reader sees the report inside, so
 * that is what is parsed. The fence ends at the last line that closes it, since the report inside
 * may hold code blocks of its own.
 */
final class MarkdownFence {

    /** What a model may say before or after its answer ("Here is the report:"): short. */
    private static final int MAX_PREAMBLE_CHARS = 1000;
    /** How many times longer than a generated header the fenced report is. */
    private static final int BULK = 3;
    private static final Pattern OPENING = Pattern.compile(
            "(?im)^(`{3,}|~{3,})[ \\t]*(?:markdown|md)[ \\t]*\\r?$");
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^ {0,3}#");
    private static final Pattern HEADING_LINE_WHOLE = Pattern.compile("(?m)^ {0,3}#.*$");

    private MarkdownFence() {
    }

    /** The fence's content when the text is one markdown fence with short words around it, else the very same text. */
    static String unwrap(String text) {
        Matcher open = OPENING.matcher(text);
        if (!open.find() || open.start() > MAX_PREAMBLE_CHARS) {
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
        String preamble = text.substring(0, open.start()).strip();
        String content = text.substring(open.end(), closeStart).replaceFirst("\\A\\r?\\n", "");
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
