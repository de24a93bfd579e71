package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlHeadingsTest {

    @Test
    void anHtmlHeadingLineBecomesAnAtxHeadingOfItsLevel() {
        String text = "<h2>Is dark <em>energy</em> changing?</h2>\n<p>Text.</p>\n  <H3 class=\"x\">Sub</H3>";
        assertThat(HtmlHeadings.asMarkdown(text)).isEqualTo("## Is dark energy changing?\n<p>Text.</p>\n### Sub");
    }

    @Test
    void headingsInsideFencedCodeAndHeadingsInsideOtherHtmlStayAsWritten() {
        String text = "```html\n<h2>Sample markup</h2>\n```\n<div><h2>Inline</h2></div>\n<h2></h2>";
        assertThat(HtmlHeadings.asMarkdown(text)).isSameAs(text);
    }
}
