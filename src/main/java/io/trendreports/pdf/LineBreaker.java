package io.trendreports.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;

/**
 * Greedy line filling at the break opportunities of Unicode's line breaking rules (UAX #14, from
 * ICU4J). PDFBox draws one line at a time and never wraps, so every paragraph goes through here.
 * The rules break at spaces and after hyphens in Latin text, and between ideographs and kana in
 * Chinese and Japanese, which have no spaces, while keeping closing punctuation such as 。，」 off
 * the start of a line. A piece wider than a whole line (a URL, a 5,000-character token) is cut
 * between characters (grapheme clusters) rather than left to run off the page.
 */
final class LineBreaker {

    private static final Pattern SPACES = Pattern.compile(" {2,}");

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
        // an iterator per call: they hold state, and briefs are wrapped on many threads at once
        BreakIterator breaks = BreakIterator.getLineInstance();
        for (String paragraph : text.split("\n", -1)) {
            // runs of spaces count as one, as they always have in our layout
            wrapParagraph(SPACES.matcher(paragraph.strip()).replaceAll(" "), maxWidth, measure, breaks, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, float maxWidth, Measure measure, BreakIterator breaks,
                                      List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        breaks.setText(paragraph);
        StringBuilder line = new StringBuilder();
        // includes the spaces the line ends with: they stay inside it if another piece follows
        float lineWidth = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = paragraph.substring(start, end);
            String visible = piece.stripTrailing();
            float visibleWidth = measure.width(visible);
            float spaceWidth = visible.length() == piece.length() ? 0
                    : measure.width(piece.substring(visible.length()));
            if (line.length() > 0 && lineWidth + visibleWidth > maxWidth) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (line.length() == 0 && visibleWidth > maxWidth) {
                lineWidth = breakLongWord(visible, maxWidth, measure, out, line);
            } else {
                line.append(visible);
                lineWidth += visibleWidth;
            }
            line.append(piece, visible.length(), piece.length());
            lineWidth += spaceWidth;
        }
        if (line.length() > 0) {
            out.add(line.toString().stripTrailing());
        }
    }

    /** Emits full-width pieces of {@code word}; the last piece stays in {@code line}. */
    private static float breakLongWord(String word, float maxWidth, Measure measure, List<String> out,
                                       StringBuilder line) {
        float width = 0;
        for (String ch : characters(word)) {
            float w = measure.width(ch);
            // at least one character per line, even if a single glyph is wider than the line
            if (width + w > maxWidth && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(ch);
            width += w;
        }
        return width;
    }

    /** {@code text} on one line of {@code maxWidth}, cut at a break opportunity and ending in {@code ellipsis} when cut. */
    static String truncateAtWord(String text, float maxWidth, String ellipsis, Measure measure) {
        if (measure.width(text) <= maxWidth) {
            return text;
        }
        String first = wrap(text, maxWidth - measure.width(ellipsis), measure).get(0).stripTrailing();
        // a line cut after a comma, a colon or a dash reads as a mistake; what precedes it still reads
        String trimmed = first.replaceAll("[\\s\\p{Pd}:,;(]+$", "");
        return (trimmed.isEmpty() ? first : trimmed) + ellipsis;
    }

    /** {@code text} cut to fit {@code maxWidth}, ending in {@code ellipsis} when cut. */
    static String truncate(String text, float maxWidth, String ellipsis, Measure measure) {
        if (measure.width(text) <= maxWidth) {
            return text;
        }
        float budget = maxWidth - measure.width(ellipsis);
        StringBuilder sb = new StringBuilder();
        float width = 0;
        for (String ch : characters(text)) {
            float w = measure.width(ch);
            if (width + w > budget) {
                break;
            }
            sb.append(ch);
            width += w;
        }
        return sb.toString().stripTrailing() + ellipsis;
    }

    /**
     * The user-perceived characters of {@code text} (extended grapheme clusters): a cut between two
     * never separates a letter from its accents or vowel signs, nor splits an Indic conjunct.
     */
    private static List<String> characters(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        List<String> characters = new ArrayList<>();
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            characters.add(text.substring(start, end));
        }
        return characters;
    }
}
