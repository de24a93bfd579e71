package io.trendreports.normalize;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits plain text into sentences with the JDK's locale-aware {@link BreakIterator}, never across
 * paragraphs, and re-joins the breaks it makes after common abbreviations ("e.g.", "Dr.").
 */
final class SentenceSplitter {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Lower-case, without the final dot. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "vs", "cf", "approx", "ca", "dr", "mr", "mrs", "ms", "prof", "inc", "ltd",
            "corp", "co", "no", "fig", "u.s", "u.k", "st", "jr", "sr", "z.b", "d.h", "bzw", "usw", "ggf",
            "p.ex", "env", "av", "j.-c");

    private SentenceSplitter() {
    }

    /** Sentences in order, whitespace collapsed to single spaces; never empty strings. */
    static List<String> split(String text, Locale locale) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            String flat = WHITESPACE.matcher(paragraph).replaceAll(" ").strip();
            if (!flat.isEmpty()) {
                splitParagraph(flat, locale, sentences);
            }
        }
        return sentences;
    }

    private static void splitParagraph(String paragraph, Locale locale, List<String> out) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
        iterator.setText(paragraph);
        StringBuilder pending = new StringBuilder();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String piece = paragraph.substring(start, end).strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (pending.length() > 0) {
                pending.append(' ');
            }
            pending.append(piece);
            if (!endsWithAbbreviation(piece)) {
                out.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            out.add(pending.toString());
        }
    }

    private static boolean endsWithAbbreviation(String piece) {
        if (!piece.endsWith(".")) {
            return false;
        }
        int from = piece.lastIndexOf(' ') + 1;
        String word = piece.substring(from, piece.length() - 1).toLowerCase(Locale.ROOT);
        if (word.startsWith("(")) {
            word = word.substring(1);
        }
        return ABBREVIATIONS.contains(word);
    }
}
