package io.trendreports.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Plain lines that are only a label and its number ({@code Event 1:}, {@code Trend 2: Pricing}),
 * standing alone above the text or list they head. In a document with nothing else to read as a
 * heading (at most a title) a reader takes a run of them as its parts; one such line alone, or
 * lines whose numbers do not follow on, are text. A report written without any Markdown numbers
 * its parts the same way ("1. Análisis de documentación", its text, "2. Validación de contratos"):
 * each such line is a list of one short item, and three or more of them numbered 1, 2, 3 head
 * its parts.
 */
final class LabelLines {

    private static final Pattern LABEL = Pattern.compile("^(\\p{L}[\\p{L}\\p{M}]*)\\s+(\\d{1,3})\\s*(?:[:：.\\-–—]\\s*(.*))?$");
    private static final int MAX_WORDS = 16;
    private static final int MIN_NUMBERED_LINES = 3;

    private LabelLines() {
    }

    /** The paragraphs of the document's top level that head its parts, or none. */
    static Set<Node> find(Document document) {
        Set<Node> lines = Collections.newSetFromMap(new IdentityHashMap<>());
        int headings = 0;
        Map<String, List<Paragraph>> byLabel = new HashMap<>();
        Map<Node, Integer> numbers = new IdentityHashMap<>();
        List<Node> numberedLines = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading) {
                headings++;
            } else if (block instanceof OrderedList list && isOneShortLine(list)) {
                numberedLines.add(list);
                numbers.put(list, list.getStartNumber());
            } else if (block instanceof Paragraph p && !(p.getFirstChild() instanceof StrongEmphasis)) {
                String text = PlainText.of(p).strip();
                Matcher m = LABEL.matcher(text);
                if (!text.contains("\n") && Outline.words(text) <= MAX_WORDS && m.matches()) {
                    byLabel.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
                    numbers.put(p, Integer.parseInt(m.group(2)));
                }
            }
        }
        if (headings > 1) {
            return lines;
        }
        if (numberedLines.size() >= MIN_NUMBERED_LINES && numbers.get(numberedLines.get(0)) == 1
                && followsOn(numberedLines, numbers)) {
            // the numbered lines are the parts; "Alerta 1:", "Alerta 2:" inside one of them are its points
            lines.addAll(numberedLines);
            return lines;
        }
        for (List<Paragraph> run : byLabel.values()) {
            if (run.size() >= 2 && followsOn(run, numbers)) {
                lines.addAll(run);
            }
        }
        return lines;
    }

    /** A numbered list of one item that is one line of a few words, with text after it. */
    private static boolean isOneShortLine(OrderedList list) {
        Node item = list.getFirstChild();
        if (!(item instanceof ListItem) || item.getNext() != null || list.getNext() == null
                || item.getFirstChild() == null || item.getFirstChild().getNext() != null
                || !(item.getFirstChild() instanceof Paragraph)) {
            return false;
        }
        String text = PlainText.of(item).strip();
        return !text.isEmpty() && !text.contains("\n") && Outline.words(text) <= MAX_WORDS;
    }

    /** True when each line's number is one more than the line's before it. */
    private static boolean followsOn(List<? extends Node> run, Map<Node, Integer> numbers) {
        for (int i = 1; i < run.size(); i++) {
            if (numbers.get(run.get(i)).intValue() != numbers.get(run.get(i - 1)) + 1) {
                return false;
            }
        }
        return true;
    }
}
