package io.trendreports.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
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
    /** The key under which bold lead-in labels are kept, apart from the heading levels (1 to 6). */
    private static final int BOLD = 0;

    /** The labels in use, folded, by heading level. */
    private final Map<Integer, Set<String>> labels;

    private NumberedLabels(Map<Integer, Set<String>> labels) {
        this.labels = labels;
    }

    static NumberedLabels of(Document document) {
        Map<Integer, Map<String, Set<String>>> numbersByLabel = new HashMap<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            Matcher m = null;
            int key = BOLD;
            if (block instanceof Heading h) {
                m = LABELLED.matcher(PlainText.inline(h).strip());
                key = h.getLevel();
            } else if (block instanceof Paragraph p) {
                m = Outline.leadIn(p).map(bold -> BOLD_LABEL.matcher(bold.strip())).orElse(null);
            }
            if (m != null && m.matches()) {
                numbersByLabel.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(fold(m.group(1)), k -> new HashSet<>()).add(m.group(2));
            }
        }
        Map<Integer, Set<String>> labels = new HashMap<>();
        numbersByLabel.forEach((key, byLabel) -> byLabel.forEach((label, numbers) -> {
            if (numbers.size() >= MIN_HEADINGS) {
                labels.computeIfAbsent(key, k -> new HashSet<>()).add(label);
            }
        }));
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
    OptionalInt boldNumber(String bold) {
        Matcher m = BOLD_LABEL.matcher(bold.strip());
        Set<String> used = labels.get(BOLD);
        return m.matches() && used != null && used.contains(fold(m.group(1)))
                ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }

    private static String fold(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
