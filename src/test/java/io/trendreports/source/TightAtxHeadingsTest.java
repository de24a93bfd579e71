package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TightAtxHeadingsTest {

    @Test
    void spacesTheHashesOfTightHeadingsOutsideCodeOnly() {
        String text = "##1. Flat design\ntext\n```\n##include <stdio.h>\n```\n#AI #trends\n###Outlook";

        assertThat(TightAtxHeadings.spaced(text))
                .isEqualTo("## 1. Flat design\ntext\n```\n##include <stdio.h>\n```\n#AI #trends\n### Outlook");
    }

    @Test
    void leavesTextWithoutTightHeadingsAsTheSameInstance() {
        String text = "## Spaced\n\nbody";

        assertThat(TightAtxHeadings.spaced(text)).isSameAs(text);
    }
}
