package io.trendreports.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Words that number a document's headings the way "Trend 3:" does, found from the document itself:
 * "Niche Profile 1: ...", "Niche Profile 2: ...", "Case Study 3 - ...". A word list cannot hold every
 * such label, but a label is plain to see when two or more headings of one level start with the
 * same words and a different number each; a single "Windows 11: what changed" keeps its number as
 * part of its name. Bold lead-ins that are only such a label ("**Rank 1:** FortiGate Defender",
 * "**Rank 2:** ...") number the paragraphs they open, whose titles follow them on the line.
 */
final class NumberedLabels {

    private static final Pattern LABELLED = Pattern.compile(
            "^(\\p{L}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{L}[\\p{L}\\p{M}'’-]*){0,2})\\s+#?(\\d{1,3})\\s*[:：.)\\-–—]\\s+(\\S.*)$");
    private static final int MIN_HEADINGS = 2;
    /** A bold lead-in that is only a label and its number: "**Rank 1:** FortiGate Defender". */
    private static final Pattern BOLD_LABEL = Pattern.compile("^(\\p{L}[\\p{L}\\p{M}'’-]*)\\s+#?(\\d{1,3})$");
    /** The key under which bold lead-in labels are kept, apart from the heading levels. */
    private static final int BOLD = 0;

    /** The labels in use, folded, by heading level. */
    private final Map<Integer, Set<String>> labels;

    private NumberedLabels(Map<Integer, Set<String>> labels) {
        this.labels = labels;
    }

    static NumberedLabels of(Document document) {
        Map<String, Set<String>> numbersByLabel = new HashMap<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                Matcher m = LABELLED.matcher(PlainText.inline(h).strip());
                if (m.matches()) {
                    numbersByLabel.computeIfAbsent(h.getLevel() + " " + fold(m.group(1)), k -> new HashSet<>())
                            .add(m.group(2));
                }
            } else if (block instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis strong) {
                Matcher m = BOLD_LABEL.matcher(boldText(strong));
                if (m.matches()) {
                    numbersByLabel.computeIfAbsent(BOLD + " " + fold(m.group(1)), k -> new HashSet<>()).add(m.group(2));
                }
            }
        }
        Map<Integer, Set<String>> labels = new HashMap<>();
        numbersByLabel.forEach((key, numbers) -> {
            if (numbers.size() >= MIN_HEADINGS) {
                int space = key.indexOf(' ');
                labels.computeIfAbsent(Integer.parseInt(key.substring(0, space)), k -> new HashSet<>())
                        .add(key.substring(space + 1));
            }
        });
        return new NumberedLabels(labels);
    }

    /**
     * The heading as {@link HeadingNumber} reads numbers: "Niche Profile 2: Claims" becomes
     * "2. Claims" when the document numbers its headings of that level with that label.
     */
    String numbering(int level, String heading) {
        Set<String> used = labels.get(level);
        if (used == null) {
            return heading;
        }
        Matcher m = LABELLED.matcher(heading.strip());
        return m.matches() && used.contains(fold(m.group(1))) ? m.group(2) + ". " + m.group(3) : heading;
    }

    /**
     * The number of a bold lead-in that is only a label the document numbers its parts with
     * ("Rank 2" of "**Rank 2:** Serverless Security Shield"), if it is one.
     */
    java.util.OptionalInt boldNumber(String bold) {
        Matcher m = BOLD_LABEL.matcher(bold.strip());
        Set<String> used = labels.get(BOLD);
        return m.matches() && used != null && used.contains(fold(m.group(1)))
                ? java.util.OptionalInt.of(Integer.parseInt(m.group(2))) : java.util.OptionalInt.empty();
    }

    private static String boldText(StrongEmphasis strong) {
        return PlainText.inline(strong).replaceAll("[\\s:：.\\-–—]+$", "").strip();
    }

    private static String fold(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
