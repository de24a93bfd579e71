package io.trendreports.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * A top-to-bottom layout over PDFBox, which itself neither wraps nor paginates. Blocks are drawn
 * at a cursor that moves down the page; a block that does not fit starts a new page, and headings
 * claim room for the start of what follows so they never sit alone at a page bottom. Running
 * headers and "Page X of Y" footers are stamped at the end, once the page count is known.
 */
final class LayoutWriter implements Closeable {

    static final float MARGIN_X = 56;
    static final float MARGIN_TOP = 72;
    static final float MARGIN_BOTTOM = 64;
    /** Outline stroke that makes a regular face look bold, in ems: half of it grows each side of a stem. */
    static final float EMBOLDEN_STROKE = 0.04f;
    /** Zero-width space: maps to a character and draws nothing; see {@link #beginActualText}. */
    private static final int SPAN_ANCHOR = 0x200B;

    private final PDDocument doc = new PDDocument();
    private final PdfFonts fonts;
    private final DocumentFonts documentFonts = new DocumentFonts(doc);
    private final TextSanitizer sanitizer;
    private final PDRectangle mediaBox;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Map<String, PDPageDestination> namedDestinations = new LinkedHashMap<>();

    private PDPage page;
    private PDPageContentStream content;
    /** The font of the text object being drawn; null before its first run. */
    private PDType0Font textFont;
    private float y;
    private DocumentMetadata metadata;

    LayoutWriter(PdfFonts fonts, PageFormat format) throws IOException {
        this.fonts = fonts;
        this.sanitizer = new TextSanitizer(fonts);
        this.mediaBox = format.mediaBox();
        // attached while still empty: PDFBox walks a list attached in one go recursively, one stack
        // frame per entry, so a digest with thousands of entries would overflow the stack; attached
        // first, each entry is joined to the document on its own as it is added
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    TextSanitizer sanitizer() {
        return sanitizer;
    }

    float left() {
        return MARGIN_X;
    }

    float right() {
        return mediaBox.getWidth() - MARGIN_X;
    }

    float contentWidth() {
        return right() - left();
    }

    /** The page being laid out; null before the first block. */
    PDPage currentPage() {
        return page;
    }

    /** Top of the free space on the current page. */
    float y() {
        return y;
    }

    float width(String drawableText, float size) {
        return fonts.width(drawableText, size, false);
    }

    float width(String drawableText, TextStyle style) {
        return fonts.width(drawableText, style.size(), style.bold());
    }

    LineBreaker.Measure measure(float size) {
        return text -> fonts.width(text, size, false);
    }

    LineBreaker.Measure measure(TextStyle style) {
        return text -> fonts.width(text, style.size(), style.bold());
    }

    PdfFonts fonts() {
        return fonts;
    }

    // ---- blocks

    /**
     * A heading kept together with at least {@code keepWithNext} points of what follows.
     *
     * @return where the heading starts, for outline entries
     */
    Anchor heading(String text, TextStyle style, float keepWithNext) throws IOException {
        List<String> lines = LineBreaker.wrap(sanitizer.cleanLine(text), contentWidth(), measure(style));
        float height = lines.size() * style.leading() + style.spaceAfter();
        ensureSpace(gapBefore(style) + height + keepWithNext);
        y -= gapBefore(style);
        Anchor anchor = new Anchor(page, y);
        for (String line : lines) {
            ensureSpace(style.leading()); // only a heading longer than a page needs this
            drawLine(line, left(), style);
        }
        y -= style.spaceAfter();
        return anchor;
    }

    void paragraph(String text, TextStyle style) throws IOException {
        paragraph(text, style, 0);
    }

    void paragraph(String text, TextStyle style, float indent) throws IOException {
        paragraph(text, style, indent, 0);
    }

    /**
     * A wrapped paragraph whose last two lines stay on the page with the next
     * {@code keepWithNext} points, so a short block that follows never starts a page alone.
     */
    void paragraph(String text, TextStyle style, float indent, float keepWithNext) throws IOException {
        String clean = sanitizer.clean(text);
        List<String> lines = LineBreaker.wrap(clean, contentWidth() - indent, measure(style));
        // a paragraph that starts in Arabic or Hebrew reads from the right margin
        boolean rightToLeft = BidiText.isRightToLeft(clean);
        y -= gapBefore(style);
        int n = lines.size();
        int tailStart = Math.max(0, n - 2);
        for (int i = 0; i < n; i++) {
            // no single first line at a page bottom, no single last line at a page top
            float need = i == 0 && n >= 2 ? 2 * style.leading() : style.leading();
            if (i == tailStart) {
                need = (n - tailStart) * style.leading() + style.spaceAfter() + keepWithNext;
            }
            // a tail taller than a page cannot be kept together; fall back to line by line
            if (need > mediaBox.getHeight() - MARGIN_TOP - MARGIN_BOTTOM) {
                need = style.leading();
            }
            ensureSpace(need);
            String line = lines.get(i);
            if (rightToLeft) {
                drawAt(BidiText.visual(line, true), right() - width(line, style), baseline(style), style, false);
                y -= style.leading();
            } else {
                drawLine(line, left() + indent, style);
            }
        }
        y -= style.spaceAfter();
    }

    /** Height {@link #heading} will take with the gap above it, to keep a block together. */
    float headingHeight(String text, TextStyle style) {
        return LineBreaker.wrap(sanitizer.measureOnly(text), contentWidth(), measure(style)).size() * style.leading()
                + style.spaceBefore() + style.spaceAfter();
    }

    /** Height {@link #paragraph} will take, to keep a block together. */
    float paragraphHeight(String text, TextStyle style, float indent) {
        return LineBreaker.wrap(sanitizer.measureOnly(text), contentWidth() - indent, measure(style)).size()
                * style.leading() + style.spaceBefore() + style.spaceAfter();
    }

    /** Height {@link #labelled} will take, to keep a group of such lines on one page. */
    float labelledHeight(String label, String value, TextStyle style) {
        String text = sanitizer.measureOnly(label) + " " + sanitizer.measureOnly(value);
        return LineBreaker.wrap(text, contentWidth(), measure(style)).size() * style.leading()
                + style.spaceAfter();
    }

    /** "Label: value" with the label muted; wraps like a paragraph. */
    void labelled(String label, String value, TextStyle style) throws IOException {
        String cleanLabel = sanitizer.cleanLine(label) + " ";
        String cleanValue = sanitizer.cleanLine(value);
        List<String> lines = LineBreaker.wrap(cleanLabel + cleanValue, contentWidth(), measure(style));
        for (int i = 0; i < lines.size(); i++) {
            ensureSpace(style.leading());
            String line = lines.get(i);
            if (i == 0 && line.startsWith(cleanLabel)) {
                TextStyle labelStyle = new TextStyle(style.size(), TextStyle.MUTED, 0, 0, style.bold());
                drawAt(cleanLabel, left(), baseline(style), labelStyle);
                drawLine(line.substring(cleanLabel.length()), left() + width(cleanLabel, style), style);
            } else {
                drawLine(line, left(), style);
            }
        }
        y -= style.spaceAfter();
    }

    /** A thin horizontal rule across the text column. */
    void rule(float gapAbove, float gapBelow) throws IOException {
        ensureSpace(gapAbove + gapBelow);
        y -= gapAbove;
        content.setStrokingColor(TextStyle.RULE);
        content.setLineWidth(0.6f);
        content.moveTo(left(), y);
        content.lineTo(right(), y);
        content.stroke();
        y -= gapBelow;
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    boolean ensureSpace(float height) throws IOException {
        if (page != null && y - height >= MARGIN_BOTTOM) {
            return false;
        }
        newPage();
        return true;
    }

    void newPage() throws IOException {
        closeContent();
        page = new PDPage(mediaBox);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = mediaBox.getHeight() - MARGIN_TOP;
    }

    // ---- primitives for tables

    /** Draws already-sanitized text with its baseline at {@code baseline}, in visual order. */
    void drawAt(String drawableText, float x, float baseline, TextStyle style) throws IOException {
        drawAt(drawableText, x, baseline, style, true);
    }

    /**
     * Draws text switching fonts wherever the chain needs another face for a character.
     *
     * @param reorder false if the text is in visual order already
     */
    void drawAt(String drawableText, float x, float baseline, TextStyle style, boolean reorder) throws IOException {
        if (drawableText.isEmpty()) {
            return;
        }
        String visual = reorder ? BidiText.visual(drawableText) : drawableText;
        // bold text in a face without a bold weight (a CJK heading) is filled and stroked, in a
        // graphics state of its own so that lines drawn later keep their width and joins
        boolean embolden = style.bold() && fonts.lacksBold(visual);
        if (embolden) {
            content.saveGraphicsState();
            content.setStrokingColor(style.color());
            content.setLineWidth(style.size() * EMBOLDEN_STROKE);
            content.setLineJoinStyle(1);
        }
        content.beginText();
        content.setNonStrokingColor(style.color());
        content.newLineAtOffset(x, baseline);
        textFont = null;
        FontFace current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            FontFace face = fonts.faceFor(cp, style.bold());
            if (face == null) {
                continue; // sanitized text has none; never hand PDFBox a glyph it cannot encode
            }
            if (face != current && run.length() > 0) {
                showRun(current, run.toString(), style.size());
                run.setLength(0);
            }
            if (face != current) {
                if (embolden) {
                    content.setRenderingMode(fonts.isBold(face) ? RenderingMode.FILL : RenderingMode.FILL_STROKE);
                }
                current = face;
            }
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            showRun(current, run.toString(), style.size());
        }
        content.endText();
        if (embolden) {
            content.restoreGraphicsState();
        }
    }

    /**
     * Shows one run of a face. The glyphs of a shaped or reordered run (conjuncts, a vowel sign moved
     * before its consonant) no longer follow its characters one to one, so the run carries its text as
     * ActualText: copying, searching and text extraction read the words, not the glyphs.
     */
    private void showRun(FontFace face, String run, float size) throws IOException {
        boolean anchored = face.covers(SPAN_ANCHOR);
        if (face.drawsOwnGlyphs()) {
            beginActualText(run);
            PDType0Font font = documentFonts.font(face, false);
            useFont(font, size);
            List<Integer> glyphs = new ArrayList<>();
            if (anchored) {
                glyphs.add(face.glyph(SPAN_ANCHOR));
            }
            glyphs.addAll(face.ownGlyphs(run));
            showGlyphs(font, glyphs);
            content.endMarkedContent();
            return;
        }
        List<String> pieces = face.drawingPieces(run);
        if (!face.shapes() && pieces.size() == 1 && pieces.get(0).equals(run)) {
            useFont(documentFonts.font(face, false), size);
            content.showText(run);
            return;
        }
        beginActualText(run);
        if (anchored) {
            useFont(documentFonts.font(face, false), size);
            content.showText(Character.toString(SPAN_ANCHOR));
        }
        for (String piece : pieces) {
            useFont(documentFonts.font(face, face.shapingChanges(piece)), size);
            content.showText(piece);
        }
        content.endMarkedContent();
    }

    /**
     * Opens a span whose text is {@code text}, its property list written inline. PDFBox's
     * {@code beginMarkedContent} writes one only as a named page resource, one per span, and poppler's
     * text extraction (pdftotext, Evince) reads ActualText only inline. A span's glyphs are started with
     * the face's zero-width space ({@link #SPAN_ANCHOR}) where it has one: PDFBox's extraction hands the
     * ActualText to the first glyph that maps to a character and skips glyphs that map to none, so a
     * word drawn only with ligature glyphs (common in Telugu) would otherwise read back as nothing.
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the only way to an inline property list
    private void beginActualText(String text) throws IOException {
        StringBuilder operator = new StringBuilder("/Span <</ActualText <FEFF");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            operator.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        operator.append(">>> BDC\n");
        content.appendRawCommands(operator.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Shows glyphs by their ids, for glyphs no character maps to (a Telugu consonant with its vowel
     * sign, a subscript consonant): PDFBox shows only characters, through the font's character map.
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the only way to show a glyph by its id
    private void showGlyphs(PDType0Font font, List<Integer> glyphs) throws IOException {
        font.addGlyphsToSubset(new HashSet<>(glyphs));
        StringBuilder operator = new StringBuilder("<");
        for (int gid : glyphs) {
            for (byte b : font.encodeGlyphId(gid)) {
                operator.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
        }
        operator.append("> Tj\n");
        content.appendRawCommands(operator.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Sets the font unless the text object already draws with it. */
    private void useFont(PDType0Font font, float size) throws IOException {
        if (font != textFont) {
            content.setFont(font, size);
            textFont = font;
        }
    }

    void fillRect(float x, float top, float width, float height, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, top - height, width, height);
        content.fill();
    }

    void hline(float x1, float x2, float atY, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(0.5f);
        content.moveTo(x1, atY);
        content.lineTo(x2, atY);
        content.stroke();
    }

    /** A straight line, for charts. */
    void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** Height of the text area of a page. */
    float pageContentHeight() {
        return mediaBox.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    }

    void moveDown(float points) {
        y -= points;
    }

    // ---- outline, info, finishing

    PDOutlineItem bookmark(String title, Anchor anchor, PDOutlineItem parent) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(TextSanitizer.plain(title));
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(anchor.page());
        destination.setLeft(0);
        destination.setTop(Math.round(anchor.y() + 12));
        item.setDestination(destination);
        if (parent == null) {
            outline.addLast(item);
        } else {
            parent.addLast(item);
        }
        return item;
    }

    /** Document info, XMP and the PDF/A output intent, written when the document is saved. */
    void metadata(DocumentMetadata metadata) {
        this.metadata = metadata;
    }

    int pageCount() {
        return doc.getNumberOfPages();
    }

    /** 1-based number of a page of this document, as printed in its footer. */
    int pageNumber(PDPage p) {
        return doc.getPages().indexOf(p) + 1;
    }

    /** Something drawn on a page after layout, once page numbers are known. */
    @FunctionalInterface
    interface Overlay {
        void draw() throws IOException;
    }

    /** Runs {@code overlay} with the drawing primitives pointed at {@code target}, on top of it. */
    void overlay(PDPage target, Overlay overlay) throws IOException {
        closeContent();
        PDPageContentStream previous = content;
        try (PDPageContentStream stamp = new PDPageContentStream(doc, target,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content = stamp;
            overlay.draw();
        } finally {
            content = previous;
        }
    }

    /** A clickable area on {@code from} that jumps to {@code target}, fitting the page width. */
    void link(PDPage from, PDRectangle area, Anchor target) throws IOException {
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(destination(target));
        link(from, area, action);
    }

    /**
     * A clickable area that opens another PDF at one of its named destinations (a GoToR action,
     * which PDF/A-2 allows, unlike a launch action). Named rather than numbered, because the other
     * file is laid out by another writer and its page numbers are not known here.
     *
     * @param file relative to this document, with forward slashes ({@code briefs/x.pdf})
     */
    void remoteLink(PDPage from, PDRectangle area, String file, String destinationName) throws IOException {
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(file);
        spec.setFileUnicode(file);
        PDActionRemoteGoTo action = new PDActionRemoteGoTo();
        action.setFile(spec);
        action.setD(new COSString(destinationName));
        link(from, area, action);
    }

    /** Makes {@code anchor} reachable from other files by {@code name} (see {@link #remoteLink}). */
    void namedDestination(String name, Anchor anchor) {
        namedDestinations.put(name, destination(anchor));
    }

    private static PDPageDestination destination(Anchor target) {
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(target.page());
        destination.setTop(Math.round(target.y() + 12));
        return destination;
    }

    private static void link(PDPage from, PDRectangle area, PDAction action) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.setAction(action);
        link.setPrinted(true); // PDF/A: every annotation must be printable
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        from.getAnnotations().add(link);
    }

    /** A dotted line, for table-of-contents leaders. */
    void dots(float x1, float x2, float atY, Color color) throws IOException {
        if (x2 - x1 < 6) {
            return;
        }
        content.setStrokingColor(color);
        content.setLineWidth(0.8f);
        content.setLineCapStyle(1);
        content.setLineDashPattern(new float[] {0, 3}, 0);
        content.moveTo(x1, atY);
        content.lineTo(x2, atY);
        content.stroke();
        content.setLineDashPattern(new float[] {}, 0);
        content.setLineCapStyle(0);
    }

    /**
     * Stamps the running header and the footer on every page, then saves. The file ID is derived
     * from {@code idSeed} so that the same input gives the same bytes.
     */
    void finishAndSave(String runningHeader, String footerLeft, String idSeed, Path file) throws IOException {
        if (page == null) {
            newPage();
        }
        closeContent();
        TextStyle small = TextStyle.SMALL;
        LineBreaker.Measure measure = measure(small.size());
        String ellipsis = fonts.canDraw(0x2026) ? "\u2026" : "...";
        String header = LineBreaker.truncate(sanitizer.cleanLine(runningHeader), contentWidth(), ellipsis, measure);
        String footer = LineBreaker.truncate(sanitizer.cleanLine(footerLeft), contentWidth() * 0.6f, ellipsis, measure);
        int total = doc.getNumberOfPages();
        float top = mediaBox.getHeight();
        int number = 0;
        // iterated, not fetched by index: getPage(i) walks the page tree from the start each time
        for (PDPage target : doc.getPages()) {
            String pageLabel = "Page " + (++number) + " of " + total;
            overlay(target, () -> {
                drawAt(header, left(), top - 40, small);
                hline(left(), right(), top - 46, TextStyle.RULE);
                hline(left(), right(), 44, TextStyle.RULE);
                drawAt(footer, left(), 32, small);
                drawAt(pageLabel, right() - width(pageLabel, small.size()), 32, small);
            });
        }
        if (!namedDestinations.isEmpty()) {
            PDDestinationNameTreeNode destinations = new PDDestinationNameTreeNode();
            destinations.setNames(namedDestinations);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setDests(destinations);
            doc.getDocumentCatalog().setNames(names);
        }
        outline.openNode();
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        if (metadata != null) {
            PdfArchive.apply(doc, metadata);
        }
        setFileId(idSeed);
        doc.save(file.toFile());
    }

    private void setFileId(String seed) {
        byte[] id = md5(seed);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] md5(String seed) {
        try {
            return MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeContent();
        } finally {
            try {
                doc.close();
            } finally {
                documentFonts.close();
            }
        }
    }

    // ---- internals

    private float gapBefore(TextStyle style) {
        // a gap at the very top of a page only pushes text down
        return page == null || y >= mediaBox.getHeight() - MARGIN_TOP ? 0 : style.spaceBefore();
    }

    private float baseline(TextStyle style) {
        return y - style.size();
    }

    private void drawLine(String line, float x, TextStyle style) throws IOException {
        drawAt(line, x, baseline(style), style);
        y -= style.leading();
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** A position on a page: where a heading starts. */
    record Anchor(PDPage page, float y) {
    }
}
