package io.trendreports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A paragraph of pieces in different styles, some of them links to another file, wrapped at
 * spaces like one run of text. {@link LayoutWriter#paragraph} draws one style and knows nothing of
 * where its words land; a statement followed by "→ briefs/x.pdf, §1 ..." needs both, so that the
 * pointer can be clicked where it is drawn.
 */
final class InlineFlow {

    /** A piece of a paragraph; {@code file} and {@code destination} are set for a link to another PDF. */
    record Piece(String text, TextStyle style, String file, String destination) {

        static Piece text(String text, TextStyle style) {
            return new Piece(text, style, null, null);
        }

        static Piece link(String text, TextStyle style, String file, String destination) {
            return new Piece(text, style, file, destination);
        }

        boolean isLink() {
            return file != null;
        }
    }

    private record Word(String text, Piece piece, float width) {
    }

    private record Placed(Word word, float x) {
    }

    private final LayoutWriter out;

    InlineFlow(LayoutWriter out) {
        this.out = out;
    }

    /** Height the pieces will take at {@code indent}, to keep a block together. */
    float height(List<Piece> pieces, float indent, float leading, float spaceAfter) {
        return lines(words(pieces, indent), indent).size() * leading + spaceAfter;
    }

    /**
     * Draws the pieces from {@code indent}, a line at a time, each line {@code leading} below the
     * last; a line that does not fit starts a new page.
     */
    void draw(List<Piece> pieces, float indent, float leading, float spaceAfter) throws IOException {
        List<List<Placed>> lines = lines(words(pieces, indent), indent);
        // two lines of a short statement stay together
        out.ensureSpace(Math.min(lines.size(), 2) * leading);
        for (List<Placed> line : lines) {
            out.ensureSpace(leading);
            float size = line.stream().map(p -> p.word().piece().style().size()).max(Float::compare).orElse(10f);
            float baseline = out.y() - size;
            PDPage page = out.currentPage();
            Piece linkPiece = null;
            float linkStart = 0;
            float linkEnd = 0;
            for (Placed p : line) {
                out.drawAt(p.word().text(), p.x(), baseline, p.word().piece().style());
                Piece piece = p.word().piece();
                if (piece != linkPiece) {
                    link(page, linkPiece, linkStart, linkEnd, baseline, size, leading);
                    linkPiece = piece.isLink() ? piece : null;
                    linkStart = p.x();
                }
                linkEnd = p.x() + p.word().width();
            }
            link(page, linkPiece, linkStart, linkEnd, baseline, size, leading);
            out.moveDown(leading);
        }
        out.moveDown(spaceAfter);
    }

    private void link(PDPage page, Piece piece, float from, float to, float baseline, float size, float leading)
            throws IOException {
        if (piece != null && piece.isLink()) {
            out.remoteLink(page, new PDRectangle(from, baseline - size * 0.3f, to - from, leading), piece.file(),
                    piece.destination());
        }
    }

    private List<Word> words(List<Piece> pieces, float indent) {
        float lineWidth = out.contentWidth() - indent;
        List<Word> words = new ArrayList<>();
        for (Piece piece : pieces) {
            String clean = out.sanitizer().cleanLine(piece.text());
            for (String token : clean.split(" ")) {
                if (token.isEmpty()) {
                    continue;
                }
                float width = out.width(token, piece.style());
                if (width <= lineWidth) {
                    words.add(new Word(token, piece, width));
                    continue;
                }
                // a token wider than the line (a long path, text without spaces) is cut where Unicode allows
                for (String part : LineBreaker.wrap(token, lineWidth, out.measure(piece.style()))) {
                    words.add(new Word(part, piece, out.width(part, piece.style())));
                }
            }
        }
        return words;
    }

    private List<List<Placed>> lines(List<Word> words, float indent) {
        List<List<Placed>> lines = new ArrayList<>();
        List<Placed> line = new ArrayList<>();
        float x = out.left() + indent;
        Word previous = null;
        for (Word word : words) {
            float space = previous == null ? 0 : out.width(" ", previous.piece().style());
            if (!line.isEmpty() && x + space + word.width() > out.right()) {
                lines.add(line);
                line = new ArrayList<>();
                x = out.left() + indent;
                space = 0;
            }
            line.add(new Placed(word, x + space));
            x += space + word.width();
            previous = word;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}
