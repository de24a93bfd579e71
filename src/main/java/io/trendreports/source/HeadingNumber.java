package io.trendreports.source;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a section heading into its explicit number, if any, and its title:
 * {@code "3. Title"}, {@code "3) Title"}, {@code "IV. Title"}, {@code "Section 2: Title"},
 * {@code "Secção 1: Title"}, {@code "Article 3: Title"}, {@code "Part 1b/1c: Title"},
 * {@code "[Sujet 2/6] – Title"}, {@code "2.1 Title"}, {@code "三、Title"}, {@code "第三章 Title"}, {@code "趋势三：Title"}.
 *
 * @param number the section number; empty for none, and for an outline number such as "2.1",
 *               whose parts are numbered in order instead
 * @param depth  how many parts the number has: 0 without one, 1 for "3.", 2 for "2.1"
 */
public record HeadingNumber(OptionalInt number, String title, int depth) {

    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,4})+)\\.?\\)?\\s+(.*)$");
    /** A keycap digit ("1️⃣ Keywords", "🔟 Outlook") numbers a heading like "1." does. */
    private static final Pattern KEYCAP = Pattern.compile("^(?:(\\d)\\x{FE0F}?\\x{20E3}|(\\x{1F51F}))\\s*(.*)$");
    /** A circled digit ("① 시장 개요", "❷ Pricing") numbers a heading like "1." does: ① to ⑳, ❶ to ❿, ➀ to ➉, ➊ to ➓. */
    private static final Pattern CIRCLED = Pattern.compile("^([\\x{2460}-\\x{2473}\\x{2776}-\\x{277F}\\x{2780}-\\x{2793}])\\s*[.):]?\\s*(.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,4})\\s*[.):\\-–—]\\s*(.*)$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,7})\\s*[.):]\\s+(.*)$");
    private static final Pattern WORD = Pattern.compile(
            // "[SUJET 1/6] – ...": the label may stand in brackets
            "^\\[?(?:section|part|chapter|article|trend|kapitel|abschnitt|teil|artikel|chapitre|partie|secci[oó]n"
                    + "|se[cç]{1,2}[aã]o|cap[ií]tulo|parte|art[ií]culo|artigo"
                    + "|tendencia|tendência|tendance|bölüm|раздел|глава|bagian|bab|phần|chương|hoofdstuk|rozdział"
                    + "|capitolo|sezione|issue|finding|insight|theme|topic|signal|event|driver|factor"
                    + "|sujet|th[eè]me|tema|thema|onderwerp|temat|story|nouvelle|noticia|notizia)"
                    // "Part 1a:", "Part 1b/1c:": a part lettered or shared with the next stays one number
                    + "\\s+#?(\\d{1,4}(?:\\.\\d{1,2}(?=\\s*[:)\\-–—]))?|(?-i:[IVXLC]{1,7})(?!\\p{L}))(?:[a-z](?=[/.):\\-–—]))?(?:/\\d{1,4}[a-z]?)*\\]?"
                    + "\\s*[.):\\-–—]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String CJK_DIGITS = "〇一二三四五六七八九十";
    private static final Pattern CJK = Pattern.compile("^[（(]?([" + CJK_DIGITS + "]{1,3})(?:[)）]|[、.．])\\s*(.*)$");
    private static final Pattern CJK_ORDINAL = Pattern.compile(
            "^第([" + CJK_DIGITS + "\\d]{1,3})(?:部分|[章节節部篇])\\s*[:：、.．]?\\s*(.*)$");
    /** "发现一：", "趋势二：": a word and its number, as "Finding 1:" is. */
    private static final Pattern CJK_WORD_NUMBER = Pattern.compile(
            "^\\p{IsHan}{1,3}([" + CJK_DIGITS + "]{1,3})[:：、]\\s*(.+)$");

    /** "トピック1：", "주제 2:", "话题3：": the word for a topic or trend and its number, as "Topic 1:" is. */
    private static final Pattern CJK_LABEL_NUMBER = Pattern.compile(
            "^(?:トピック|テーマ|トレンド|ニュース|話題|话题|主题|主題|趋势|趨勢|토픽|주제|트렌드|뉴스)\\s*(\\d{1,3})\\s*[:：.．、]\\s*(.+)$");

    /** Symbols before a heading's number: emoji and their joiners and variation selectors. */
    private static final Pattern DECORATED = Pattern.compile(
            "^[\\p{So}\\p{Sk}\\p{Cs}\\x{FE0F}\\x{200D}\\x{20E3}]+\\s*(\\S.*)$");

    public HeadingNumber(OptionalInt number, String title) {
        this(number, title, number.isPresent() ? 1 : 0);
    }

    public static HeadingNumber parse(String heading) {
        Matcher decorated = DECORATED.matcher(heading.strip());
        if (decorated.matches()) {
            // "🤖 1. Chatbots", "📈 PHẦN 1: ...": an emoji before the number decorates the heading; the
            // number still counts
            HeadingNumber inner = parsePlain(decorated.group(1));
            if (inner.numbered()) {
                return inner;
            }
        }
        return parsePlain(heading);
    }

    private static HeadingNumber parsePlain(String heading) {
        String text = heading.strip();
        Matcher m = WORD.matcher(text);
        if (m.matches()) {
            if (m.group(1).indexOf('.') > 0 && !m.group(2).isBlank()) {
                // "Part 2.5: ..." between Part 2 and Part 3 is a part of its own, numbered outside the count
                return new HeadingNumber(OptionalInt.empty(), m.group(2).strip(), 1);
            }
            return of(toInt(m.group(1)), m.group(2), text);
        }
        m = DOTTED.matcher(text);
        if (m.matches() && !m.group(2).isBlank()) {
            // "4.1 趋势一：..." and "2.3 Trend 3: ..." carry a second label after the outline number
            HeadingNumber inner = parse(m.group(2));
            String title = inner.numbered() ? inner.title() : m.group(2).strip();
            return new HeadingNumber(OptionalInt.empty(), title, m.group(1).split("\\.").length);
        }
        m = KEYCAP.matcher(text);
        if (m.matches()) {
            return of(m.group(1) != null ? Integer.parseInt(m.group(1)) : 10, m.group(3), text);
        }
        m = CIRCLED.matcher(text);
        if (m.matches()) {
            return of(circledValue(m.group(1).codePointAt(0)), m.group(2), text);
        }
        m = ARABIC.matcher(text);
        // "2025: the year of agents" names a year, not the 2025th part
        if (m.matches() && !YEAR.matcher(m.group(1)).matches()) {
            return of(Integer.parseInt(m.group(1)), m.group(2), text);
        }
        m = ROMAN.matcher(text);
        if (m.matches()) {
            return of(romanToInt(m.group(1)), m.group(2), text);
        }
        m = CJK.matcher(text);
        if (!m.matches()) {
            m = CJK_ORDINAL.matcher(text);
        }
        if (!m.matches()) {
            m = CJK_WORD_NUMBER.matcher(text);
        }
        if (!m.matches()) {
            m = CJK_LABEL_NUMBER.matcher(text);
        }
        if (m.matches()) {
            String digits = m.group(1);
            int n = Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits) : cjkToInt(digits);
            return of(n, m.group(2), text);
        }
        return new HeadingNumber(OptionalInt.empty(), text);
    }

    /** True when the heading carries a number of any form, an outline number included. */
    public boolean numbered() {
        return depth > 0;
    }

    private static HeadingNumber of(int number, String rest, String whole) {
        String title = rest.strip();
        // A bare number ("## 2024") is a title, not a numbered heading.
        return title.isEmpty() ? new HeadingNumber(OptionalInt.empty(), whole)
                : new HeadingNumber(OptionalInt.of(number), title);
    }

    private static int toInt(String token) {
        return Character.isDigit(token.charAt(0)) ? Integer.parseInt(token) : romanToInt(token);
    }

    private static int circledValue(int codePoint) {
        if (codePoint <= 0x2473) {
            return codePoint - 0x2460 + 1;
        }
        return (codePoint - 0x2776) % 10 + 1;
    }

    /** 一 to 九十九: a ten sign multiplies the digit before it and adds the one after. */
    static int cjkToInt(String digits) {
        int ten = digits.indexOf('十');
        if (ten < 0) {
            int n = 0;
            for (char c : digits.toCharArray()) {
                n = n * 10 + CJK_DIGITS.indexOf(c);
            }
            return n;
        }
        int tens = ten == 0 ? 1 : CJK_DIGITS.indexOf(digits.charAt(0));
        int ones = ten == digits.length() - 1 ? 0 : CJK_DIGITS.indexOf(digits.charAt(ten + 1));
        return tens * 10 + ones;
    }

    static int romanToInt(String roman) {
        String r = roman.toUpperCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = value(r.charAt(i));
            int next = i + 1 < r.length() ? value(r.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> 0;
        };
    }
}
