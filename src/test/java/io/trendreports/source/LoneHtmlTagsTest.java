package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoneHtmlTagsTest {

    @Test
    void setsOffATagsOnlyLineFromTheMarkdownUnderIt() {
        assertThat(LoneHtmlTags.setOff("</p>\n### Story\n\ntext")).isEqualTo("</p>\n\n### Story\n\ntext");
        assertThat(LoneHtmlTags.setOff("<div class=\"box\"></div>\nTitle\n-----")).isEqualTo("<div class=\"box\"></div>\n\nTitle\n-----");
    }

    @Test
    void leavesHtmlFollowedByHtmlAndCodeAlone() {
        String table = "<table>\n<tr><td>1</td></tr>\n</table>";
        String code = "```\n</p>\n## not a heading\n```";

        assertThat(LoneHtmlTags.setOff(table)).isSameAs(table);
        assertThat(LoneHtmlTags.setOff(code)).isSameAs(code);
    }
}
