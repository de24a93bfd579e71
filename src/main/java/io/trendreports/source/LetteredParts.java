package io.trendreports.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Bold lines lettered {@code A.}, {@code B.}, {@code C.} under unlettered ones: the letters mark
 * the sub-parts of the part above, and start again at A under the next one. Bold lines have no
 * level of their own, so the letter is what ranks them one below. "C." is a letter here, not the
 * Roman hundred. An unlettered bold line between two letters that follow on ("A. Security", a
 * table's bold caption, "B. Ethics") is inside the lettered part, as a caption is.
 */
final class LetteredParts {

    private static final Pattern LETTER = Pattern.compile("^([A-Z])[.)]\\s+(\\S.*)$");

    private final boolean lettered;
    private final Set<Node> inside;

    private LetteredParts(boolean lettered, Set<Node> inside) {
        this.lettered = lettered;
        this.inside = inside;
    }

    static LetteredParts of(Document document) {
        List<Paragraph> lines = new ArrayList<>();
        List<Integer> letters = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            Optional<String> bold = block instanceof Paragraph p ? Outline.boldLine(p) : Optional.empty();
            if (bold.isPresent()) {
                lines.add((Paragraph) block);
                Matcher m = LETTER.matcher(bold.get());
                letters.add(m.matches() ? m.group(1).charAt(0) - 'A' : -1);
            }
        }
        if (!letters.contains(0)) {
            return new LetteredParts(false, Set.of());
        }
        Set<Node> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        int lastLetter = -1;
        List<Paragraph> unlettered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int letter = letters.get(i);
            if (letter < 0) {
                unlettered.add(lines.get(i));
                continue;
            }
            if (lastLetter >= 0 && letter == lastLetter + 1) {
                inside.addAll(unlettered);
            }
            unlettered.clear();
            lastLetter = letter;
        }
        return new LetteredParts(true, inside);
    }

    /** The letter's place (A is 1) and the title after it, when the document letters its sub-parts. */
    Optional<HeadingNumber> letter(String bold) {
        Matcher m = LETTER.matcher(bold);
        if (!lettered || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new HeadingNumber(OptionalInt.of(m.group(1).charAt(0) - 'A' + 1), m.group(2), 2));
    }

    /** True for an unlettered bold line that stands inside a lettered part. */
    boolean isInside(Node paragraph) {
        return inside.contains(paragraph);
    }
}
