package io.trendreports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A table of contents drawn before the pages it points to exist. Entry titles are laid out at
 * once (their wrapping does not depend on page numbers, which get a fixed column); page numbers,
 * dotted leaders and the links are added by {@link #finish} when every target is known.
 */
final class TableOfContents {

    static final float NUMBER_COLUMN = 30;
    static final TextStyle ENTRY = new TextStyle(10, TextStyle.INK, 0, 3);

    /** One line of an entry as laid out: its page, baseline and where its text ends. */
    private record Line(PDPage page, float baseline, float textEnd) {
    }

    private record Entry(List<Line> lines, LayoutWriter.Anchor[] target) {
    }

    private final LayoutWriter out;
    private final List<Entry> entries = new ArrayList<>();

    TableOfContents(LayoutWriter out) {
        this.out = out;
    }

    /**
     * Lays out one entry.
     *
     * @return its index, for {@link #target}
     */
    int add(String title) throws IOException {
        TextStyle style = ENTRY;
        float width = out.contentWidth() - NUMBER_COLUMN - 6;
        List<String> wrapped = LineBreaker.wrap(out.sanitizer().cleanLine(title), width, out.measure(style));
        List<Line> lines = new ArrayList<>();
        // an entry's lines stay together unless the entry is longer than a page
        out.ensureSpace(Math.min(wrapped.size() * style.leading(), 200));
        for (int i = 0; i < wrapped.size(); i++) {
            out.ensureSpace(style.leading());
            float baseline = out.y() - style.size();
            String line = wrapped.get(i);
            float indent = i == 0 ? 0 : 14;
            out.drawAt(line, out.left() + indent, baseline, style);
            lines.add(new Line(out.currentPage(), baseline, out.left() + indent + out.width(line, style)));
            out.moveDown(style.leading());
        }
        out.moveDown(style.spaceAfter());
        entries.add(new Entry(lines, new LayoutWriter.Anchor[1]));
        return entries.size() - 1;
    }

    /** Where entry {@code index} leads. */
    void target(int index, LayoutWriter.Anchor anchor) {
        entries.get(index).target()[0] = anchor;
    }

    /** Prints page numbers and leaders and makes every entry line a link; call after layout. */
    void finish() throws IOException {
        TextStyle style = ENTRY;
        // one overlay per page, not per entry: fewer content streams
        Map<PDPage, List<LayoutWriter.Overlay>> byPage = new LinkedHashMap<>();
        for (Entry entry : entries) {
            LayoutWriter.Anchor target = entry.target()[0];
            if (target == null) {
                continue;
            }
            String number = Integer.toString(out.pageNumber(target.page()));
            Line last = entry.lines().get(entry.lines().size() - 1);
            float numberX = out.right() - out.width(number, style);
            byPage.computeIfAbsent(last.page(), p -> new ArrayList<>()).add(() -> {
                out.dots(last.textEnd() + 4, numberX - 4, last.baseline() + 1, TextStyle.MUTED);
                out.drawAt(number, numberX, last.baseline(), style);
            });
            for (Line line : entry.lines()) {
                PDRectangle area = new PDRectangle(out.left(), line.baseline() - style.size() * 0.3f,
                        out.contentWidth(), style.leading());
                out.link(line.page(), area, target);
            }
        }
        for (Map.Entry<PDPage, List<LayoutWriter.Overlay>> page : byPage.entrySet()) {
            out.overlay(page.getKey(), () -> {
                for (LayoutWriter.Overlay draw : page.getValue()) {
                    draw.draw();
                }
            });
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }
}
