package io.trendreports.source;

import java.util.regex.Pattern;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The visible text of a fragment of raw HTML in a Markdown report: comments, scripts and styles
 * dropped, tags removed (block-level tags become paragraph breaks), entities decoded. Reports
 * use HTML for call-outs and layout ({@code <div class="note"><p>...</p></div>}); their words
 * belong in the record, their markup does not.
 */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<!--.*?(?:-->|\\z)|<(script|style|template|svg)\\b[^>]*>.*?(?:</\\1\\s*>|\\z)");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|aside|blockquote|figure|figcaption"
                    + "|details|summary|dl|dt|dd|hr|pre|header|footer)\\b[^>]*>");
    /** Alt text of an image is what a reader without the image gets. */
    private static final Pattern IMAGE_ALT = Pattern.compile("(?i)<img\\b[^>]*?\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)')[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[/!?]?[A-Za-z][^>]*>");

    private HtmlText() {
    }

    /** Visible text, paragraphs separated by a blank line, whitespace inside them collapsed. */
    static String of(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = IMAGE_ALT.matcher(text).replaceAll(m -> " " + java.util.regex.Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2) : m.group(3)) + " ");
        text = BLOCK_TAG.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String clean = Escaping.unescapeHtml(paragraph).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (!clean.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(clean);
            }
        }
        return out.toString();
    }
}
