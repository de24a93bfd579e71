package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The runs of capitalised words in a text, the candidates for names: "Bank of Japan", "Kaiser
 * Permanente", "Novo Nordisk's", "XTX Markets", "Ariane 6". A run may hold a lower-case connector
 * between capitalised words ("of", "de", "der") and a short version number after one; punctuation,
 * a possessive and "and" end it, except that "and" joins a run to a last part that makes the whole
 * one name ("Associated Builders and Contractors", "Infrastructure Investment and Jobs Act").
 */
final class CapitalisedRuns {

    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "der", "des", "du", "la", "von", "van",
            "di", "da", "das", "do", "dos", "for", "on", "&");
    private static final Set<String> AND = Set.of("and", "und", "et", "y", "e");
    /** Small words Title Case leaves in lower case: "Internet Company with Highest Market Cap:". */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("with", "in", "to", "the", "a", "an", "by", "at",
            "from", "vs", "per", "into", "over");
    private static final Pattern VERSION = Pattern.compile("(?:\\d{1,2}(?:\\.\\d)?|[IVX]{1,4})[a-z]?");

    private CapitalisedRuns() {
    }

    /** One word of a run as written, without a possessive 's. */
    record Word(String text, int start, int end) {
    }

    /**
     * @param opensSentence the first word starts a sentence, so its capital proves nothing
     * @param label         the run stands alone on its line or before a colon at a sentence start:
     *                      a heading or a list item's label ("Key Features:", "Model Compression:")
     * @param possessive    the run ends in 's ("Novo Nordisk's"): an owner, a name
     * @param before        the word right before the run, lower-cased ("" at a sentence start)
     * @param after         the word right after the run as written ("" before punctuation)
     */
    record Run(List<Word> words, boolean opensSentence, boolean possessive, String before, String after,
               boolean label) {
        int start() {
            return words.get(0).start();
        }

        int end() {
            return words.get(words.size() - 1).end();
        }

        String text(String source) {
            return source.substring(start(), end()).replaceAll("\\s+", " ");
        }
    }

    /** A capital first, or a product's lower-case first letter before an inner capital: "iPhone", "eBay". */
    static boolean startsLikeName(String word) {
        if (Character.isUpperCase(word.codePointAt(0))) {
            return true;
        }
        return word.length() > 2 && Character.isLowerCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1))
                && word.chars().skip(2).anyMatch(Character::isLowerCase);
    }

    static boolean isConnector(String word) {
        return CONNECTORS.contains(word) || AND.contains(word);
    }

    /**
     * @param nounsCapitalised German: every noun is capitalised, so no connector or version number
     *                         joins words into one run ("Umfrage der DIHK", "Schnitt 16")
     */
    static List<Run> find(String text, int from, boolean nounsCapitalised) {
        List<Token> tokens = tokens(text, from);
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int j = i;
            while (true) {
                Token last = tokens.get(j);
                if (last.possessive || last.breakAfter || j + 1 >= tokens.size()) {
                    break;
                }
                Token next = tokens.get(j + 1);
                if (next.capitalised() || !nounsCapitalised && isVersion(text, next)) {
                    j++;
                } else if (!nounsCapitalised && CONNECTORS.contains(next.text) && !next.breakAfter
                        && j + 2 < tokens.size() && tokens.get(j + 2).capitalised()
                        // "Pix del Banco Central" is two names, "Bank of Japan" one
                        && !NameCues.ORGANIZATION_STARTS.contains(NameCues.lower(tokens.get(j + 2).text))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (!nounsCapitalised) {
                j = joinedByAnd(tokens, i, j);
            }
            runs.add(run(text, tokens, i, j));
            i = j + 1;
        }
        return runs;
    }

    /** "Ariane 6", "Artemis III"; not a year, nor the "16" of "16,8". */
    private static boolean isVersion(String text, Token token) {
        int end = token.start + token.text.length();
        boolean decimalFollows = end + 1 < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')
                && Character.isDigit(text.charAt(end + 1));
        return VERSION.matcher(token.text).matches() && !decimalFollows;
    }

    /** "A B and C" where C makes the whole a name; else the run ends before "and". */
    private static int joinedByAnd(List<Token> tokens, int i, int j) {
        if (j - i < 1 || j + 2 >= tokens.size() || tokens.get(j).breakAfter || tokens.get(j).possessive
                || !AND.contains(tokens.get(j + 1).text) || tokens.get(j + 1).breakAfter
                || !tokens.get(j + 2).capitalised()) {
            return j;
        }
        Token first = tokens.get(j + 2);
        String lower = NameCues.lower(first.text);
        if (NameCues.ORGANIZATION_WORDS.contains(lower) && (first.breakAfter || j + 3 >= tokens.size()
                || !tokens.get(j + 3).capitalised())) {
            return j + 2;
        }
        if (j + 3 < tokens.size() && !first.breakAfter && tokens.get(j + 3).capitalised()
                && NameCues.PRODUCT_WORDS.contains(NameCues.lower(tokens.get(j + 3).text))) {
            return j + 3;
        }
        return j;
    }

    private static Run run(String text, List<Token> tokens, int i, int j) {
        List<Word> words = new ArrayList<>();
        for (int k = i; k <= j; k++) {
            Token t = tokens.get(k);
            words.add(new Word(t.text, t.start, t.start + t.text.length()));
        }
        boolean opens = opensSentence(text, tokens.get(i).start);
        String before = opens || i == 0 || tokens.get(i - 1).breakAfter ? "" : NameCues.lower(tokens.get(i - 1).text);
        String after = tokens.get(j).breakAfter || j + 1 >= tokens.size() ? "" : tokens.get(j + 1).text;
        int end = tokens.get(j).start + tokens.get(j).text.length() + (tokens.get(j).possessive ? 2 : 0);
        boolean label = (opens || titleSoFar(text, tokens.get(i).start)) && endsLine(text, end);
        return new Run(words, opens, tokens.get(j).possessive, before, after, label);
    }

    /** Only capitalised words and connectors between the sentence's start and {@code start}: "Key Features and |Capabilities". */
    private static boolean titleSoFar(String text, int start) {
        int k = start - 1;
        while (k >= 0 && text.charAt(k) != '\n' && text.charAt(k) != '.' && text.charAt(k) != '!' && text.charAt(k) != '?') {
            k--;
        }
        for (String word : text.substring(k + 1, start).strip().split("\\s+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !isConnector(word)
                    && !TITLE_SMALL_WORDS.contains(word) && !word.equals("*") && !word.equals("-")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Nothing but more capitalised words, "and" or "of", emphasis or spaces before a colon or the
     * end of the line: "Key Features and Capabilities", "Pure-Play EV Manufacturers:".
     */
    private static boolean endsLine(String text, int end) {
        int k = end;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (c == '\n' || c == ':' || c == '\uFF1A') {
                return true;
            }
            if (Character.isLetter(c)) {
                int wordEnd = k;
                while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))
                        && text.charAt(wordEnd) != ':' && text.charAt(wordEnd) != '*') {
                    wordEnd++;
                }
                String word = text.substring(k, wordEnd);
                if (!Character.isUpperCase(c) && !isConnector(word) && !TITLE_SMALL_WORDS.contains(word)) {
                    return false;
                }
                k = wordEnd;
                continue;
            }
            if (!Character.isWhitespace(c) && c != '*' && c != '_' && c != '&' && c != '(' && c != ')' && c != '-') {
                return false;
            }
            k++;
        }
        return true;
    }

    private record Token(String text, int start, boolean possessive, boolean breakAfter) {
        boolean capitalised() {
            return startsLikeName(text) || text.equals("&");
        }
    }

    /**
     * The words of {@code text} from {@code from}: a letter or number, then letters, numbers and
     * {@code & ' ’ . - ² ³} up to the last letter or number; or a lone {@code &}. Scanned by hand:
     * the same as a regular expression over every section (twice, for the report's capitals and
     * for its names), at a fraction of its cost.
     */
    private static List<Token> tokens(String text, int from) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = from;
        int pendingStart = -1;
        int pendingEnd = -1;
        while (i < length) {
            int c = text.codePointAt(i);
            int end;
            if (WordStarts.isWordChar(c)) {
                end = i + Character.charCount(c);
                int j = end;
                while (j < length) {
                    int d = text.codePointAt(j);
                    if (!isInnerChar(d)) {
                        break;
                    }
                    j += Character.charCount(d);
                    if (WordStarts.isWordChar(d)) {
                        end = j;
                    }
                }
            } else if (c == '&') {
                end = i + 1;
            } else {
                i += Character.charCount(c);
                continue;
            }
            if (pendingStart >= 0) {
                tokens.add(token(text, pendingStart, pendingEnd, i));
            }
            pendingStart = i;
            pendingEnd = end;
            i = end;
        }
        if (pendingStart >= 0) {
            tokens.add(token(text, pendingStart, pendingEnd, length));
        }
        return tokens;
    }

    private static boolean isInnerChar(int c) {
        return c == '&' || c == '\'' || c == '\u2019' || c == '.' || c == '-' || WordStarts.isWordChar(c);
    }

    /** The word from {@code start} to {@code end}, the next word (or the text's end) at {@code nextStart}. */
    private static Token token(String text, int start, int end, int nextStart) {
        String word = text.substring(start, end);
        String bare = ReportWords.stripPossessive(word);
        // punctuation ends a run, and so does a line break: a heading line is not part of the next line's name
        boolean breakAfter = false;
        for (int k = end; k < nextStart; ) {
            int c = text.codePointAt(k);
            if (c == '\n' || !Character.isWhitespace(c)) {
                breakAfter = true;
                break;
            }
            k += Character.charCount(c);
        }
        return new Token(bare, start, bare.length() < word.length(), breakAfter);
    }

    /** A table row reads "Amazon, $638B, Online Stores, Leading e-commerce revenue": each cell starts like a sentence. */
    private static final int TABLE_ROW_CELLS = 4;

    /**
     * The line holding {@code at} is a table row as the parser writes one: at least {@link
     * #TABLE_ROW_CELLS} cells joined by ", " and no sentence end at the line's end.
     */
    static boolean inTableRow(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        if (end < 0) {
            end = text.length();
        }
        int k = end - 1;
        while (k > start && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        char last = text.charAt(Math.max(start, k));
        if (last == '.' || last == '!' || last == '?' || last == ':') {
            return false;
        }
        int cells = 1;
        for (int i = start; i + 1 < end; i++) {
            if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
                cells++;
            }
        }
        return cells >= TABLE_ROW_CELLS;
    }

    /** Whether a sentence starts at {@code start}: after . ! ? : a line break, a list bullet or nothing. */
    static boolean opensSentence(String text, int start) {
        for (int k = start - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201C' && c != '(' && c != '\u00AB'
                    && c != '\u00BF' && c != '\u00A1' && c != '*' && c != '\u2022') {
                return c == '.' || c == '!' || c == '?' || c == ':' || c == '-' && (k == 0 || text.charAt(k - 1) == '\n')
                        || c == ',' && inTableRow(text, k);
            }
        }
        return true;
    }
}
