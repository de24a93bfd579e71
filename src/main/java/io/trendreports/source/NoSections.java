package io.trendreports.source;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The rejection reason of a document in which nothing divides the body: it says what the document
 * has instead, so that its owner sees what to add.
 */
final class NoSections {

    private NoSections() {
    }

    static String describe(Document document, OutlineUnit title) {
        int paragraphs = 0;
        int lists = 0;
        int tables = 0;
        int other = 0;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof YamlFrontMatterBlock || (title != null && block == title.node())) {
                continue;
            }
            if (block instanceof Paragraph) {
                paragraphs++;
            } else if (block instanceof BulletList || block instanceof OrderedList) {
                lists++;
            } else if (block instanceof TableBlock) {
                tables++;
            } else if (!PlainText.of(block).isEmpty()) {
                other++;
            }
        }
        String where = title == null ? "the document" : "below its title \"" + title.heading() + "\" the document";
        String content = content(paragraphs, lists, tables, other);
        if (content.isEmpty()) {
            return "no sections found: " + where + " has no text";
        }
        return "no sections found: " + where + " has " + content
                + " but no headings, bold lines or numbered paragraphs that divide it into parts";
    }

    private static String content(int paragraphs, int lists, int tables, int other) {
        StringBuilder s = new StringBuilder();
        append(s, paragraphs, "paragraph");
        append(s, lists, "list");
        append(s, tables, "table");
        append(s, other, "other block");
        return s.toString();
    }

    private static void append(StringBuilder s, int count, String noun) {
        if (count == 0) {
            return;
        }
        if (s.length() > 0) {
            s.append(", ");
        }
        s.append(count).append(' ').append(noun).append(count == 1 ? "" : "s");
    }
}
