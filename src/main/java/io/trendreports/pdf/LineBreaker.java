package io.trendreports.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrap. PDFBox draws one line at a time and never wraps, so every paragraph goes
 * through here. A word wider than a whole line (a URL, a 5,000-character token) is cut between
 * characters rather than left to run off the page.
 */
final class LineBreaker {

    /** Width of a piece of text in points. */
    @FunctionalInterface
    interface Measure {
        float width(String text);
    }

    private LineBreaker() {
    }

    /** Lines of {@code text}, honouring line feeds as hard breaks; never an empty list. */
    static List<String> wrap(String text, float maxWidth, Measure measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), maxWidth, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, float maxWidth, Measure measure, List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        float spaceWidth = measure.width(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = measure.width(word);
            float needed = line.length() == 0 ? wordWidth : lineWidth + spaceWidth + wordWidth;
            if (needed <= maxWidth) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = needed;
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= maxWidth) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                lineWidth = breakLongWord(word, maxWidth, measure, out, line);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
    }

    /** Emits full-width pieces of {@code word}; the last piece stays in {@code line}. */
    private static float breakLongWord(String word, float maxWidth, Measure measure, List<String> out,
                                       StringBuilder line) {
        float width = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = measure.width(ch);
            // at least one character per line, even if a single glyph is wider than the line
            if (width + w > maxWidth && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(ch);
            width += w;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** {@code text} cut to fit {@code maxWidth}, ending in {@code ellipsis} when cut. */
    static String truncate(String text, float maxWidth, String ellipsis, Measure measure) {
        if (measure.width(text) <= maxWidth) {
            return text;
        }
        float budget = maxWidth - measure.width(ellipsis);
        StringBuilder sb = new StringBuilder();
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = measure.width(ch);
            if (width + w > budget) {
                break;
            }
            sb.append(ch);
            width += w;
            i += Character.charCount(cp);
        }
        return sb.toString().stripTrailing() + ellipsis;
    }
}
