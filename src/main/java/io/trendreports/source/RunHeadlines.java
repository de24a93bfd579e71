package io.trendreports.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Headlines written inside a numbered section: an unnumbered heading of a higher rank placed right
 * under a numbered one, while the numbering goes on after it ({@code ### Section 1: Snapshot},
 * {@code # The season at a glance}, ..., {@code ### Section 2: Trends}). A reader sees the big
 * heading as the section's headline, not as a part holding the sections that follow; read as a
 * part, it would leave section 1 outside every part and drop it.
 */
final class RunHeadlines {

    private RunHeadlines() {
    }

    /** The headline blocks of the document's top level, to be read as text of their section. */
    static Set<Node> find(Document document) {
        List<Heading> headings = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                headings.add(h);
            }
        }
        Set<Node> headlines = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i + 1 < headings.size(); i++) {
            Heading numbered = headings.get(i);
            Heading next = headings.get(i + 1);
            HeadingNumber number = number(numbered);
            boolean rightUnder = numbered.getNext() == next;
            if (!rightUnder || number.number().isEmpty() || next.getLevel() >= numbered.getLevel()
                    || number(next).numbered()) {
                continue;
            }
            int following = number.number().getAsInt() + 1;
            boolean runGoesOn = headings.subList(i + 2, headings.size()).stream()
                    .anyMatch(h -> h.getLevel() == numbered.getLevel() && number(h).number().orElse(-1) == following);
            if (runGoesOn) {
                headlines.add(next);
            }
        }
        return headlines;
    }

    private static HeadingNumber number(Heading h) {
        return HeadingNumber.parse(PlainText.inline(h));
    }
}
