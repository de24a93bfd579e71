package io.trendreports.source;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Setext headings that are prose by accident: a sentence of scraped text with a line of dashes or
 * equals signs under it, in a document whose real headings are ATX ({@code ## Title}). CommonMark
 * makes the sentence a heading, which would then group the rest of the report under it; a reader
 * sees a paragraph and a rule.
 */
final class ProseSetextHeadings {

    /** A heading this long is a sentence: real headings name a part in a few words. */
    private static final int MAX_HEADING_WORDS = 12;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]\\s*$");

    private ProseSetextHeadings() {
    }

    /** The Setext headings of the document's top level to be read as paragraphs. */
    static Set<Node> find(Document document) {
        Set<Node> prose = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean atx = false;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                if (h.isAtxHeading()) {
                    atx = true;
                } else if (readsAsProse(PlainText.inline(h), h.getText().toString())) {
                    prose.add(h);
                }
            }
        }
        return atx ? prose : Set.of();
    }

    private static boolean readsAsProse(String text, String source) {
        return Outline.words(text) > MAX_HEADING_WORDS || SENTENCE_END.matcher(text).find()
                || source.strip().contains("\n");
    }
}
