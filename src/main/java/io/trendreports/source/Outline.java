package io.trendreports.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Every block of a document's top level that could head a part: headings, bold lines, label lines
 * and numbered paragraphs (items of a top-level ordered list that carry a trend each, and
 * paragraphs opening with a numbered bold lead-in), in document order. Headings that a reader
 * takes for text are left out: a headline under a numbered section ({@link RunHeadlines}) and a
 * sentence underlined by accident ({@link ProseSetextHeadings}).
 */
final class Outline {

    /** A bold line longer than this is emphasis inside prose, not a heading. */
    private static final int MAX_BOLD_HEADING_CHARS = 160;
    /** Items of a numbered list shorter than this on average are a list, not one trend each. */
    private static final int MIN_ITEM_WORDS = 12;
    private static final int DERIVED_TITLE_WORDS = 10;
    private static final int MAX_LABEL_WORDS = 8;
    private static final Pattern LEAD_IN_TAIL = Pattern.compile("[\\s:：.\\-–—]+$");
    private static final Pattern REST_HEAD = Pattern.compile("^[\\s:：.\\-–—]+");
    /**
     * A closing sequence flexmark keeps because something follows it ("Summary ###:"), and the
     * attribute block of Pandoc and kramdown headings ("Introduction {#intro}").
     */
    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:\\s+#+[\\s:]*|\\s*\\{[#.][^}]*\\})$");
    /** A lead-in naming the item's title field: "**Title:**", "**Headline:**", "**Título:**". */
    private static final Pattern TITLE_FIELD = Pattern.compile(
            "(?iu)title|headline|heading|name|título|titulo|titre|titel|titolo|tytuł|başlık|标题|標題|タイトル|제목|tiêu đề");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？:：](?=\\s|$)");

    private final List<OutlineUnit> units;
    private final Map<Node, OutlineUnit> byNode = new IdentityHashMap<>();
    private final Map<OutlineUnit, Integer> ownWords;

    private final Set<Node> repeated;

    private final Map<Node, String> texts;

    private final Set<OutlineUnit> withCode;

    private final Set<OutlineUnit> withPictures;

    private Outline(List<OutlineUnit> units, Map<OutlineUnit, Integer> ownWords, Set<Node> repeated,
                    Map<Node, String> texts, Set<OutlineUnit> withCode, Set<OutlineUnit> withPictures) {
        this.units = List.copyOf(units);
        this.ownWords = ownWords;
        this.repeated = repeated;
        this.texts = texts;
        this.withCode = withCode;
        this.withPictures = withPictures;
        units.forEach(u -> byNode.put(u.node(), u));
    }

    static Outline of(Document document) {
        List<OutlineUnit> units = new ArrayList<>();
        Map<OutlineUnit, Integer> ownWords = new IdentityHashMap<>();
        Set<Node> repeated = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Node, String> texts = new IdentityHashMap<>();
        Set<OutlineUnit> withCode = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<OutlineUnit> withPictures = Collections.newSetFromMap(new IdentityHashMap<>());
        String headingBefore = null;
        Set<Node> readAsText = Collections.newSetFromMap(new IdentityHashMap<>());
        readAsText.addAll(RunHeadlines.find(document));
        readAsText.addAll(ProseSetextHeadings.find(document));
        Set<Node> labelLines = LabelLines.find(document);
        LetteredParts letters = LetteredParts.of(document);
        NumberedLabels labels = NumberedLabels.of(document);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            List<OutlineUnit> found = List.of();
            String blockText = null;
            if (block instanceof Heading h && !readAsText.contains(h)) {
                String text = CLOSING_HASHES.matcher(CreditedHeadline.of(h).orElseGet(() -> PlainText.inline(h)))
                        .replaceAll("");
                boolean repeat = block.getPrevious() instanceof Heading previous && previous.getLevel() == h.getLevel()
                        && text.equals(headingBefore);
                headingBefore = text;
                if (!hasLetterOrDigit(text)) {
                    // "## ---" over "**1. Title**", as document converters write a heading: the bold
                    // line under it carries its words; without one it is only a rule
                    Optional<OutlineUnit> named = block.getNext() instanceof Paragraph p
                            ? boldUnit(p, letters, labels).filter(u -> u.kind() == UnitKind.BOLD_LINE && u.rest().isBlank())
                            : Optional.empty();
                    if (named.isEmpty()) {
                        repeated.add(block);
                        continue;
                    }
                    block = block.getNext();
                    repeated.add(block);
                    found = List.of(unit(h, UnitKind.HEADING, h.getLevel(), named.get().heading(), ""));
                } else if (repeat) {
                    // the same heading twice in a row, as models sometimes write it: one part
                    repeated.add(block);
                    continue;
                } else {
                    found = List.of(unit(h, UnitKind.HEADING, h.getLevel(), text, labels.numbering(h.getLevel(), text), ""));
                }
            } else if (block instanceof Paragraph p) {
                found = boldUnit(p, letters, labels).or(() -> labelUnit(p, labelLines)).map(List::of).orElse(List.of());
            } else if (block instanceof OrderedList list && labelLines.contains(list)) {
                String line = LEAD_IN_TAIL.matcher(PlainText.of(list.getFirstChild()).strip()).replaceAll("");
                found = List.of(unit(list, UnitKind.LABEL_LINE, 0, list.getStartNumber() + ". " + line, ""));
            } else if (block instanceof ListBlock list) {
                blockText = PlainText.of(list);
                found = items(list, list instanceof OrderedList ? UnitKind.NUMBERED_PARAGRAPH : UnitKind.BULLET_LEAD_IN,
                        words(blockText));
            }
            if (found.isEmpty()) {
                String text = blockText != null ? blockText : PlainText.of(block);
                texts.put(block, text);
                if (!units.isEmpty()) {
                    // pictures alone ("![Tangbao](...)" twice under "### Images of ...") are no text of a part
                    // nor is a timestamp under a label ("> 2025-09-19T10:50:00Z"): it says when, not what
                    boolean noWords = onlyImages(block) || DateLine.isTimestamp(text);
                    ownWords.merge(units.get(units.size() - 1), noWords ? 0 : words(text), Integer::sum);
                    if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
                        withCode.add(units.get(units.size() - 1));
                    }
                    if (onlyImages(block)) {
                        withPictures.add(units.get(units.size() - 1));
                    }
                }
            }
            for (OutlineUnit u : found) {
                units.add(u);
                ownWords.put(u, words(u.rest()));
            }
        }
        List<Set<OutlineUnit>> marks = List.of(withCode, withPictures);
        List<OutlineUnit> leveled = moved(units, ContinuedNumbering.level(units), ownWords, marks);
        leveled = moved(leveled, FlattenedChapters.level(leveled, ownWords), ownWords, marks);
        leveled = moved(leveled, LeadingBoldParts.level(leveled, ownWords), ownWords, marks);
        leveled = moved(leveled, LeadingDeeperHeadings.level(leveled, ownWords), ownWords, marks);
        return new Outline(leveled, ownWords, repeated, texts, withCode, withPictures);
    }

    /** {@code after}, with what is known of each unit it replaced in {@code before} carried over. */
    private static List<OutlineUnit> moved(List<OutlineUnit> before, List<OutlineUnit> after,
                                           Map<OutlineUnit, Integer> ownWords, List<Set<OutlineUnit>> marks) {
        for (int i = 0; i < before.size(); i++) {
            if (after.get(i) != before.get(i)) {
                ownWords.put(after.get(i), ownWords.remove(before.get(i)));
                for (Set<OutlineUnit> mark : marks) {
                    if (mark.remove(before.get(i))) {
                        mark.add(after.get(i));
                    }
                }
            }
        }
        return after;
    }

    /** A paragraph that holds images and nothing else but spaces and line breaks. */
    private static boolean onlyImages(Node block) {
        if (!(block instanceof Paragraph)) {
            return false;
        }
        boolean image = false;
        for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image || n instanceof ImageRef
                    || (n instanceof Link link && link.getFirstChild() instanceof Image && link.getFirstChild().getNext() == null)) {
                image = true;
            } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || (n instanceof Text && n.getChars().isBlank()))) {
                return false;
            }
        }
        return image;
    }

    /** The plain text of a top-level block that is not a unit, extracted once for both passes. */
    String text(Node block) {
        String text = texts.get(block);
        return text != null ? text : PlainText.of(block);
    }

    /** True for a heading that only repeats the one before it; the parser skips it. */
    boolean isRepeat(Node block) {
        return repeated.contains(block);
    }

    List<OutlineUnit> units() {
        return units;
    }

    /**
     * True when something stands between a unit and the next one: text, or a code block, which
     * adds no words to a trend's text but is what a part of scores or settings holds ("## Price
     * sensitivity" over a JSON block), so such a part is not empty.
     */
    boolean hasOwnContent(OutlineUnit unit) {
        return ownWords(unit) > 0 || withCode.contains(unit);
    }

    /** True when a picture stands in the unit's own text (no words of it count). */
    boolean holdsPictures(OutlineUnit unit) {
        return withPictures.contains(unit);
    }

    /** Words of the text between a unit and the next one, its own line's rest included. */
    int ownWords(OutlineUnit unit) {
        return ownWords.getOrDefault(unit, 0);
    }

    /**
     * Words of a text, for comparing lengths across languages: Chinese and Japanese write no spaces,
     * so there two characters count as a word (about what a word of theirs is), or a Japanese list
     * item of eighty characters would count as one word and never be long enough to carry a trend.
     * Punctuation standing alone between spaces is not counted.
     */
    static int words(String text) {
        int words = 0;
        int unspaced = 0;
        boolean inToken = false;
        boolean letterOrDigit = false;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isWhitespace(cp)) {
                if (inToken && letterOrDigit) {
                    words += unspaced == 0 ? 1 : Math.max(1, (unspaced + 1) / 2);
                }
                inToken = false;
                letterOrDigit = false;
                unspaced = 0;
            } else {
                inToken = true;
                letterOrDigit |= Character.isLetterOrDigit(cp);
                unspaced += unspacedScript(cp) ? 1 : 0;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return words;
    }

    private static boolean unspacedScript(int codePoint) {
        if (codePoint < 0x2E80) {
            // nothing before the CJK radicals is Han or kana; most text never gets past this test
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** The unit a top-level block or list item is, or null. */
    OutlineUnit unitOf(Node node) {
        return byNode.get(node);
    }

    private static OutlineUnit unit(Node node, UnitKind kind, int headingLevel, String heading, String rest) {
        return unit(node, kind, headingLevel, heading, heading, rest);
    }

    /** @param numbering the heading as its number is read from (a label the document numbers with taken off) */
    private static OutlineUnit unit(Node node, UnitKind kind, int headingLevel, String heading, String numbering,
                                    String rest) {
        HeadingNumber number = HeadingNumber.parse(numbering);
        String title = kind == UnitKind.HEADING ? number.title() : HEADING_MARKS.matcher(number.title()).replaceFirst("");
        return new OutlineUnit(node, kind, kind.level(headingLevel, number.depth()), heading, number.number(),
                title, rest);
    }

    /** "**2. ## Conceitos ...**": heading marks a writer typed inside bold text are no part of its title. */
    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s+(?=\\S)");

    /**
     * A paragraph opening with bold text: a bold line when nothing but punctuation follows the bold
     * text on its line, a numbered paragraph when the bold text is numbered and the line goes on.
     */
    private static Optional<OutlineUnit> boldUnit(Paragraph paragraph, LetteredParts letters, NumberedLabels labels) {
        Node first = firstSignificant(paragraph.getFirstChild());
        if (!(first instanceof StrongEmphasis strong)) {
            return Optional.empty();
        }
        String bold = LEAD_IN_TAIL.matcher(PlainText.inline(strong)).replaceAll("");
        if (bold.isEmpty() || bold.length() > MAX_BOLD_HEADING_CHARS || !hasLetter(bold)) {
            return Optional.empty();
        }
        String full = PlainText.of(paragraph);
        String rest = rest(full, PlainText.inline(strong));
        if (endsLine(strong)) {
            if (letters.isInside(paragraph)) {
                return Optional.empty();
            }
            Optional<HeadingNumber> letter = letters.letter(bold);
            if (letter.isPresent()) {
                HeadingNumber l = letter.get();
                return Optional.of(new OutlineUnit(paragraph, UnitKind.BOLD_LINE, UnitKind.BOLD_LINE.level(0, l.depth()),
                        bold, l.number(), l.title(), rest));
            }
            return Optional.of(unit(paragraph, UnitKind.BOLD_LINE, 0, bold, rest));
        }
        if (HeadingNumber.parse(bold).numbered()) {
            return Optional.of(unit(paragraph, UnitKind.NUMBERED_PARAGRAPH, 0, bold, rest));
        }
        OptionalInt labelled = labels.boldNumber(bold);
        if (labelled.isPresent()) {
            // "**Rank 2:** Serverless Security Shield": the name after the label is the part's title
            String[] lines = rest.split("\n", 2);
            String title = lines[0].strip();
            if (!title.isEmpty() && words(title) <= MAX_LABEL_WORDS) {
                return Optional.of(unit(paragraph, UnitKind.NUMBERED_PARAGRAPH, 0, bold + ": " + title,
                        labelled.getAsInt() + ". " + title, lines.length > 1 ? lines[1] : ""));
            }
        }
        return Optional.empty();
    }

    /** The bold text a paragraph opens with, without the marks that end a lead-in ("Rank 1" of "**Rank 1:** ..."). */
    static Optional<String> leadIn(Paragraph paragraph) {
        return firstSignificant(paragraph.getFirstChild()) instanceof StrongEmphasis strong
                ? Optional.of(LEAD_IN_TAIL.matcher(PlainText.inline(strong)).replaceAll("")) : Optional.empty();
    }

    /** The bold text of a paragraph whose first line is only bold text (a bold line), if it is one. */
    static Optional<String> boldLine(Paragraph paragraph) {
        Node first = firstSignificant(paragraph.getFirstChild());
        if (!(first instanceof StrongEmphasis strong) || !endsLine(strong)) {
            return Optional.empty();
        }
        String bold = LEAD_IN_TAIL.matcher(PlainText.inline(strong)).replaceAll("");
        boolean heading = !bold.isEmpty() && bold.length() <= MAX_BOLD_HEADING_CHARS && hasLetter(bold);
        return heading ? Optional.of(bold) : Optional.empty();
    }

    /**
     * True for a bold line whose text ends in a colon, as a label's does ("**Risk management:**",
     * "**Risks**:").
     */
    static boolean endsInColon(OutlineUnit unit) {
        if (!(unit.node() instanceof Paragraph paragraph)
                || !(firstSignificant(paragraph.getFirstChild()) instanceof StrongEmphasis strong)) {
            return false;
        }
        StringBuilder line = new StringBuilder(PlainText.inline(strong));
        for (Node n = strong.getNext(); n != null && !(n instanceof SoftLineBreak || n instanceof HardLineBreak);
                n = n.getNext()) {
            line.append(n.getChars());
        }
        String text = line.toString().strip();
        return text.endsWith(":") || text.endsWith("：");
    }

    /** A label line ({@link LabelLines}): the line is the heading, and nothing else is in its paragraph. */
    private static Optional<OutlineUnit> labelUnit(Paragraph paragraph, Set<Node> labelLines) {
        if (!labelLines.contains(paragraph)) {
            return Optional.empty();
        }
        String line = LEAD_IN_TAIL.matcher(PlainText.of(paragraph).strip()).replaceAll("");
        return Optional.of(unit(paragraph, UnitKind.LABEL_LINE, 0, line, ""));
    }

    /** True when only punctuation stands between the bold text and the end of its line. */
    private static boolean endsLine(Node strong) {
        for (Node n = strong.getNext(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                return true;
            }
            if (!(n instanceof Text) || !n.getChars().toString().matches("[\\s:：.\\-–—]*")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The items of a top-level list, when they are trend-sized. An ordered list's items are when
     * most open with a bold lead-in or they average at least {@link #MIN_ITEM_WORDS} words; a
     * bullet list's only when most open with a lead-in and they average that many words, since
     * bullets are more often a plain list inside a part.
     */
    private static List<OutlineUnit> items(ListBlock list, UnitKind kind, int words) {
        List<ListItem> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        int leadIns = 0;
        for (ListItem item : items) {
            leadIns += leadIn(item) != null ? 1 : 0;
        }
        boolean mostLeadIns = 2 * leadIns > items.size();
        boolean long_ = words >= (long) MIN_ITEM_WORDS * items.size();
        if (kind == UnitKind.NUMBERED_PARAGRAPH ? !mostLeadIns && !long_ : !(mostLeadIns && long_)) {
            return List.of();
        }
        List<OutlineUnit> units = new ArrayList<>();
        int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 1;
        for (ListItem item : items) {
            units.add(itemUnit(item, kind, number++));
        }
        return units;
    }

    private static OutlineUnit itemUnit(ListItem item, UnitKind kind, int listNumber) {
        String full = PlainText.of(item);
        StrongEmphasis strong = leadIn(item);
        String heading;
        String rest;
        if (strong != null) {
            heading = LEAD_IN_TAIL.matcher(PlainText.inline(strong)).replaceAll("");
            rest = rest(full, PlainText.inline(strong));
            String value = TITLE_FIELD.matcher(heading).matches() ? lineAfter(strong) : "";
            if (!value.isBlank()) {
                // "**Title:** New sanctuary opens" then "**Summary:** ...": the field's value is the title
                heading = value;
                rest = rest(rest, value);
            }
        } else {
            String derived = derivedTitle(full);
            heading = firstLineLabel(item).orElse(derived);
            rest = heading.equals(derived) ? full : rest(full, heading);
        }
        HeadingNumber own = HeadingNumber.parse(heading);
        OptionalInt number = own.number().isPresent() ? own.number()
                : kind == UnitKind.NUMBERED_PARAGRAPH ? OptionalInt.of(listNumber) : OptionalInt.empty();
        return new OutlineUnit(item, kind, kind.level(0, 0), heading, number, own.title(), rest);
    }

    /** The rest of the line a lead-in opens, without its colon. */
    private static String lineAfter(StrongEmphasis strong) {
        StringBuilder line = new StringBuilder();
        readLine(strong.getNext(), line);
        return REST_HEAD.matcher(line.toString()).replaceAll("").strip();
    }

    private static StrongEmphasis leadIn(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p)) {
            return null;
        }
        Node first = firstSignificant(p.getFirstChild());
        return first instanceof StrongEmphasis strong && hasLetter(PlainText.inline(strong)) ? strong : null;
    }

    /**
     * A short first line standing alone above the item's text ("1. Basic facts" then a line
     * break): the item's label, as a lead-in without bold.
     */
    private static Optional<String> firstLineLabel(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p)) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder();
        Node lineBreak = readLine(p.getFirstChild(), line);
        if (lineBreak == null) {
            return Optional.empty();
        }
        String label = line.toString().strip();
        boolean shortLabel = !label.isEmpty() && words(label) <= MAX_LABEL_WORDS
                && !SENTENCE_END.matcher(label).find() && lineBreak.getNext() != null;
        return shortLabel ? Optional.of(LEAD_IN_TAIL.matcher(label).replaceAll("")) : Optional.empty();
    }

    /**
     * Appends the text of the inline nodes from {@code first} up to the first line break to
     * {@code line}, and returns that break, or null when the paragraph ends first.
     */
    private static Node readLine(Node first, StringBuilder line) {
        for (Node n = first; n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                return n;
            }
            line.append(PlainText.inline(n).isEmpty() ? n.getChars() : PlainText.inline(n));
        }
        return null;
    }

    /** A title for a numbered paragraph without a lead-in: its first sentence, shortened. */
    static String derivedTitle(String text) {
        String firstParagraph = text.split("\n\n", 2)[0];
        var end = SENTENCE_END.matcher(firstParagraph);
        String sentence = end.find() ? firstParagraph.substring(0, end.start()) : firstParagraph;
        String[] words = sentence.strip().split("\\s+");
        if (words.length <= DERIVED_TITLE_WORDS) {
            return sentence.strip();
        }
        return String.join(" ", Arrays.copyOf(words, DERIVED_TITLE_WORDS - 2)) + " …";
    }

    private static String rest(String full, String lead) {
        String rest = full.startsWith(lead) ? full.substring(lead.length()) : full;
        return REST_HEAD.matcher(rest).replaceAll("");
    }

    private static Node firstSignificant(Node node) {
        Node n = node;
        while (n instanceof Text && n.getChars().isBlank()) {
            n = n.getNext();
        }
        return n;
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
