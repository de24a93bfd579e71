package io.trendreports.pdf;

/**
 * Makes arbitrary input drawable with the font chain: drops control and invisible format
 * characters, turns whitespace into plain spaces (keeping line feeds as paragraph breaks), joins
 * Arabic letters and replaces every character no font has a glyph for by a visible mark. Counts what it changed, per document.
 */
final class TextSanitizer {

    private final PdfFonts fonts;
    private long replaced;
    private long stripped;

    TextSanitizer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Text for a paragraph: line feeds survive, so callers may treat them as breaks. */
    String clean(String text) {
        return sanitize(text, true);
    }

    /** Text for a single line: every line break becomes a space. */
    String cleanLine(String text) {
        return sanitize(text, false);
    }

    /** Like {@link #cleanLine} but without counting: for measuring text that is drawn later. */
    String measureOnly(String text) {
        long r = replaced;
        long s = stripped;
        String clean = cleanLine(text);
        replaced = r;
        stripped = s;
        return clean;
    }

    long replacedCharacters() {
        return replaced;
    }

    long strippedCharacters() {
        return stripped;
    }

    /**
     * Text for places that need no font (outline titles, document info): only control and
     * format characters are removed, everything else stays as the reader's viewer can show it.
     */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                sb.append(' ');
            } else if (!isInvisible(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString().replaceAll(" {2,}", " ").strip();
    }

    private String sanitize(String text, boolean keepLineFeeds) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                sb.append(keepLineFeeds ? '\n' : ' ');
            } else if (cp == '\r') {
                // CRLF and lone CR both end a line; the LF of a CRLF pair will follow
                if (i >= text.length() || text.charAt(i) != '\n') {
                    sb.append(keepLineFeeds ? '\n' : ' ');
                }
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else if (isInvisible(cp)) {
                stripped++;
            } else {
                sb.appendCodePoint(cp);
            }
        }
        // shaping first: the joined forms are what gets measured, checked and drawn
        String visible = fonts.shapesArabic() ? BidiText.shapeArabic(sb.toString()) : sb.toString();
        return replaceUndrawable(visible);
    }

    private String replaceUndrawable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || fonts.canDraw(cp)) {
                sb.appendCodePoint(cp);
            } else {
                replaced++;
                sb.append(fonts.replacement());
            }
        }
        return sb.toString();
    }

    /** Controls, zero-width joiners, bidi marks, variation selectors: nothing to draw. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
