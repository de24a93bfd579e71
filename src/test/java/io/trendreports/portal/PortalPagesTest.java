package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the pages show a signed-in viewer. */
class PortalPagesTest extends PortalContext {

    private static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(VIEWER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theRunsPageListsPublishedRunsNewestFirst() throws Exception {
        String runs = page("/runs");
        assertThat(runs).contains("2026-03-01 02:00:00");
        assertThat(runs.indexOf(PublishedRunFixture.RUN_ID)).isPositive()
                .isLessThan(runs.indexOf(PublishedRunFixture.OLDER_RUN_ID));
        assertThat(runs).contains("href=\"/runs/" + PublishedRunFixture.RUN_ID + "\"")
                .contains(">latest<").contains("class=\"badge warn\"").contains(">completed<")
                .contains(">9.00s<");
    }

    @Test
    void theRunPageListsBriefsFilesAndRejectedInputs() throws Exception {
        String run = page("/runs/" + PublishedRunFixture.RUN_ID);
        assertThat(run).contains("AI Trends 2026").contains(">2026<")
                .contains("href=\"/runs/" + PublishedRunFixture.RUN_ID + "/briefs/ai-trends-2026.pdf\"")
                .contains("src=\"/thumbnails/" + PublishedRunFixture.RUN_ID + "/briefs/ai-trends-2026.pdf\"")
                .contains("/digest.pdf\"").contains("/sections.csv\"")
                .contains("/themes.csv\"").contains("/manifest.json\"")
                .contains("broken.md").contains("not valid UTF-8 (byte 0xff at offset 12)");
        assertThat(page("/runs/latest")).contains("id=\"run-id\">" + PublishedRunFixture.RUN_ID + "<");
    }

    @Test
    void unknownRunsAreNotFound() throws Exception {
        mvc.perform(get("/runs/20990101-000000-deadbeef").with(VIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/runs/not-a-run").with(VIEWER)).andExpect(status().isNotFound());
    }

    @Test
    void theRunPageIsHeadedByItsDateAndWhatItHolds() throws Exception {
        String run = page("/runs/" + PublishedRunFixture.RUN_ID);
        assertThat(run).contains("<title>1 March 2026 · trend-reports</title>")
                .containsPattern("<h1 id=\"run-heading\"><span>1 March 2026</span>[^<]*<span[^>]*> · 1 report, 2 sections</span>");
    }

    @Test
    void searchLooksInTheNewestRunByDefaultAndInAnyOrAllKeptRunsOnRequest() throws Exception {
        assertThat(page("/search?q=regulation")).contains(PublishedRunFixture.RUN_ID)
                .doesNotContain(">" + PublishedRunFixture.OLDER_RUN_ID + "<").contains(">theme<")
                .contains("selected=\"selected\">Newest run");
        assertThat(page("/search?q=cloud outlook")).contains("0</span>");
        assertThat(page("/search?q=cloud outlook&run=" + PublishedRunFixture.OLDER_RUN_ID))
                .contains(">" + PublishedRunFixture.OLDER_RUN_ID + "<").contains(">title<");
        String all = page("/search?q=regulation&run=all");
        assertThat(all).contains(">" + PublishedRunFixture.RUN_ID + "<").contains(">" + PublishedRunFixture.OLDER_RUN_ID + "<")
                .contains("<span>2 kept runs</span>");
        assertThat(page("/search?q=anthropic")).contains(">entity<").contains("OpenAI, Anthropic");
        assertThat(page("/search?q=no such thing")).contains("0</span>");
    }

    @Test
    void theProgressPageShowsNoStepsTableUntilThereAreSteps() throws Exception {
        String progress = mvc.perform(get("/progress").with(user("otto").roles("OPERATOR"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the table is shown by the page's script once there are steps to list
        assertThat(progress).containsPattern("<table class=\"grid\" id=\"steps\" hidden>");
    }

    @Test
    void aSearchHitShowsTheSectionsSummaryWithTheQueryMarked() throws Exception {
        assertThat(page("/search?q=grew")).contains(">text<")
                .containsPattern("<p class=\"snippet\"><span>Models </span><mark>grew</mark><span>.</span></p>");
    }
}
