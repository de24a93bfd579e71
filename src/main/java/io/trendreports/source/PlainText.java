package io.trendreports.source;

import com.vladsch.flexmark.ast.AutoLink;
import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Turns Markdown blocks into the clean plain text stored in records: emphasis and links keep only
 * their visible words; code is dropped, raw HTML keeps only the text it shows (see
 * {@link HtmlText}); list items and table rows become lines of their own. Paragraphs are separated
 * by a blank line.
 *
 * <p>An image ({@code ![alt](src)} or {@code <img alt>}) stands for its alt text, which becomes a
 * paragraph of its own after the paragraph holding the image: inside the sentence it would run
 * into the words around it ("Prices fell Chart of GPU prices sharply"), and sentences are never
 * split across paragraphs. As a caption without a full stop it is also never picked for a summary
 * while the section has real sentences; it still counts for themes, terms and entities. In a
 * heading or table cell the alt text stays inline.
 */
final class PlainText {

    /** Inline tags that separate words on screen; others ({@code <em>}) may sit inside a word. */
    private static final java.util.regex.Pattern SEPARATING_TAG = java.util.regex.Pattern.compile(
            "(?i)</?(?:br|p|div|li|td|th|tr|hr|span|sup|sub)\\b");

    private static final java.util.regex.Pattern IMG_TAG = java.util.regex.Pattern.compile("(?i)<img\\b");

    private PlainText() {
    }

    /** The visible text of one block, or the empty string when it has none. */
    static String of(Node block) {
        StringBuilder out = new StringBuilder();
        append(block, out);
        return normalizeSpaces(out.toString());
    }

    /** The visible text of a heading or other inline container, on one line. */
    static String inline(Node node) {
        StringBuilder out = new StringBuilder();
        appendInline(node, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock
                || node instanceof HtmlCommentBlock || node instanceof TableSeparator) {
            return;
        }
        if (node instanceof HtmlBlock) {
            for (String paragraph : HtmlText.of(node.getChars().toString()).split("\n\n")) {
                paragraph(out, paragraph);
            }
            return;
        }
        if (node instanceof TableBlock) {
            appendTableRows(node, out);
            return;
        }
        if (node instanceof TableRow row) {
            StringBuilder line = new StringBuilder();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) {
                    String text = inline(cell);
                    if (!text.isEmpty()) {
                        line.append(line.length() == 0 ? "" : ", ").append(text);
                    }
                }
            }
            paragraph(out, line.toString());
            return;
        }
        if (node instanceof ListItem) {
            List<String> figures = new ArrayList<>();
            StringBuilder item = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Block && !(child instanceof com.vladsch.flexmark.ast.Paragraph)) {
                    paragraph(out, item.toString());
                    item.setLength(0);
                    append(child, out);
                } else {
                    appendInline(child, item, figures);
                    item.append(' ');
                }
            }
            paragraph(out, item.toString());
            figures.forEach(alt -> paragraph(out, alt));
            return;
        }
        if (node instanceof Block && node.hasChildren() && node.getFirstChild() instanceof Block) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                append(child, out);
            }
            return;
        }
        if (node instanceof Block) {
            List<String> figures = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            appendInline(node, line, figures);
            paragraph(out, line.toString());
            figures.forEach(alt -> paragraph(out, alt));
        }
    }

    private static void appendTableRows(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                append(child, out);
            } else if (!(child instanceof TableSeparator)) {
                appendTableRows(child, out);
            }
        }
    }

    private static void appendInline(Node node, StringBuilder out) {
        appendInline(node, out, null);
    }

    /** @param figures where alt texts of images go, or {@code null} to keep them inline */
    private static void appendInline(Node node, StringBuilder out, List<String> figures) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (figures != null && (child instanceof Image || child instanceof ImageRef)) {
                StringBuilder alt = new StringBuilder();
                appendInline(child, alt, null);
                figures.add(alt.toString());
                out.append(' ');
            } else if (figures != null && child instanceof HtmlInline html && IMG_TAG.matcher(html.getChars()).lookingAt()) {
                figures.add(HtmlText.of(html.getChars().toString()));
                out.append(' ');
            } else if (child instanceof Text) {
                out.append(child.getChars().unescape());
            } else if (child instanceof Code code) {
                out.append(code.getText().unescape());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append(' ');
            } else if (child instanceof HtmlInline html) {
                // tags carry no visible words, but <br> separates them and <img alt> stands for a picture
                String raw = html.getChars().toString();
                String visible = HtmlText.of(raw);
                if (!visible.isEmpty()) {
                    out.append(' ').append(visible).append(' ');
                } else if (SEPARATING_TAG.matcher(raw).lookingAt()) {
                    out.append(' ');
                }
            } else if (child instanceof HtmlInlineComment) {
                // comments are not shown
            } else if (child instanceof AutoLink link) {
                out.append(link.getText().unescape());
            } else if (child.hasChildren()) {
                appendInline(child, out, figures);
            } else if (!(child instanceof Block)) {
                out.append(child.getChars().unescape());
            }
        }
    }

    private static void paragraph(StringBuilder out, String text) {
        String clean = text.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(clean);
    }

    private static String normalizeSpaces(String text) {
        return text.strip();
    }
}
