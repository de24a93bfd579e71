package io.trendreports.source;

import java.util.Optional;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

/**
 * A news digest's heading: the headline linking to its article, then a dash and the publisher in
 * italics ("### [Avelloz cria consórcio ...](https://...) — *Estadão*"). The headline names the
 * story; the publisher is its credit, as the byline under an article is.
 */
final class CreditedHeadline {

    private static final Pattern DASH = Pattern.compile("\\s*[—–-]\\s*");

    private CreditedHeadline() {
    }

    /** The linked headline of such a heading, or empty for any other heading. */
    static Optional<String> of(Heading heading) {
        Node link = heading.getFirstChild();
        if (!(link instanceof Link) || !(link.getNext() instanceof Text dash)
                || !DASH.matcher(dash.getChars()).matches()) {
            return Optional.empty();
        }
        Node credit = dash.getNext();
        if (!(credit instanceof Emphasis || credit instanceof StrongEmphasis)) {
            return Optional.empty();
        }
        Node after = credit.getNext();
        if (after != null && !(after instanceof Text t && t.getChars().isBlank())) {
            return Optional.empty();
        }
        String headline = PlainText.inline(link).strip();
        return headline.isEmpty() ? Optional.empty() : Optional.of(headline);
    }
}
