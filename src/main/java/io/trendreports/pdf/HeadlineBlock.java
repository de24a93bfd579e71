package io.trendreports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lines that each lead to a section laid out later, like the entries of a
 * {@link TableOfContents} but one line each: a bold title, then its fact, cut at a word with an
 * ellipsis when the two do not fit the line. The links are added by {@link #finish}, once the
 * sections have been placed.
 */
final class HeadlineBlock {

    private record Line(PDPage page, float baseline, int sectionNo) {
    }

    private final LayoutWriter out;
    private final TextStyle style;
    private final List<Line> lines = new ArrayList<>();
    private final Map<Integer, LayoutWriter.Anchor> targets = new HashMap<>();

    HeadlineBlock(LayoutWriter out, TextStyle style) {
        this.out = out;
        this.style = style;
    }

    /** One line: {@code title} in bold, then ": " and {@code fact}. */
    void add(String title, String fact, int sectionNo) throws IOException {
        TextStyle bold = style.withBold(true);
        String cleanTitle = out.sanitizer().cleanLine(title);
        String cleanFact = fact == null || fact.isBlank() ? "" : ": " + out.sanitizer().cleanLine(fact);
        String ellipsis = out.fonts().canDraw(0x2026) ? "\u2026" : "...";
        // the title is measured bold, the rest regular: the budget left for the rest is what the bold title leaves
        float titleWidth = out.width(cleanTitle, bold);
        String shownTitle = cleanTitle;
        String shownFact = cleanFact;
        if (titleWidth > out.contentWidth()) {
            shownTitle = LineBreaker.truncateAtWord(cleanTitle, out.contentWidth(), ellipsis, out.measure(bold));
            shownFact = "";
        } else if (!cleanFact.isEmpty()) {
            shownFact = LineBreaker.truncateAtWord(cleanFact, out.contentWidth() - titleWidth, ellipsis,
                    out.measure(style));
            if (shownFact.equals(": " + ellipsis) || shownFact.equals(ellipsis)) {
                shownFact = "";
            }
        }
        out.ensureSpace(style.leading());
        float baseline = out.y() - style.size();
        out.drawAt(shownTitle, out.left(), baseline, bold);
        out.drawAt(shownFact, out.left() + out.width(shownTitle, bold), baseline, style);
        lines.add(new Line(out.currentPage(), baseline, sectionNo));
        out.moveDown(style.leading() + style.spaceAfter());
    }

    /** Where the lines of section {@code sectionNo} lead. */
    void target(int sectionNo, LayoutWriter.Anchor anchor) {
        targets.put(sectionNo, anchor);
    }

    /** Makes every line a link to its section; call after layout. */
    void finish() throws IOException {
        for (Line line : lines) {
            LayoutWriter.Anchor target = targets.get(line.sectionNo());
            if (target != null) {
                out.link(line.page(), new PDRectangle(out.left(), line.baseline() - style.size() * 0.3f,
                        out.contentWidth(), style.leading()), target);
            }
        }
    }
}
