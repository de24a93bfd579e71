package io.trendreports.source;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
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
 * Turns Markdown blocks into the clean plain text stored in records: emphasis, links and images
 * keep only their visible words (an image its alt text); code is dropped, raw HTML keeps only the
 * text it shows (see {@link HtmlText}); list items and table rows become
 * lines of their own. Paragraphs are separated by a blank line.
 */
final class PlainText {

    /** Inline tags that separate words on screen; others ({@code <em>}) may sit inside a word. */
    private static final java.util.regex.Pattern SEPARATING_TAG = java.util.regex.Pattern.compile(
            "(?i)</?(?:br|p|div|li|td|th|tr|hr|span|sup|sub)\\b");

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
            StringBuilder item = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Block && !(child instanceof com.vladsch.flexmark.ast.Paragraph)) {
                    paragraph(out, item.toString());
                    item.setLength(0);
                    append(child, out);
                } else {
                    appendInline(child, item);
                    item.append(' ');
                }
            }
            paragraph(out, item.toString());
            return;
        }
        if (node instanceof Block && node.hasChildren() && node.getFirstChild() instanceof Block) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                append(child, out);
            }
            return;
        }
        if (node instanceof Block) {
            StringBuilder line = new StringBuilder();
            appendInline(node, line);
            paragraph(out, line.toString());
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
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
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
                appendInline(child, out);
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
