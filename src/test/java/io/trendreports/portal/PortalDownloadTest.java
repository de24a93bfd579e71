package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.trendreports.publish.Manifest;
import io.trendreports.source.Sha256;
import tools.jackson.databind.json.JsonMapper;

/** Downloads: whitelist, headers, conditional and range requests, traversal attempts. */
class PortalDownloadTest extends PortalContext {

    private static final String RUN = "/runs/" + PublishedRunFixture.RUN_ID;
    private static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    private static Manifest manifest() throws Exception {
        return JsonMapper.builder().build().readValue(PortalContext.RUN.resolve("manifest.json").toFile(),
                Manifest.class);
    }

    private static Manifest.Output output(String path) throws Exception {
        return manifest().outputs().stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void aBriefDownloadsWithItsTypeNameChecksumAndDate() throws Exception {
        Manifest.Output brief = output("briefs/ai-trends-2026.pdf");
        MvcResult r = mvc.perform(get(RUN + "/briefs/ai-trends-2026.pdf").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("ETag", "\"" + brief.sha256() + "\""))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andReturn();
        byte[] body = r.getResponse().getContentAsByteArray();
        assertThat(Sha256.hex(body)).isEqualTo(brief.sha256());
        assertThat(r.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;").contains("filename=\"ai-trends-2026.pdf\"");
        assertThat(r.getResponse().getDateHeader("Last-Modified"))
                .isEqualTo(PublishedRunFixture.FINISHED.toEpochMilli());
    }

    @Test
    void everyRunFileHasItsContentType() throws Exception {
        mvc.perform(get(RUN + "/digest.pdf").with(VIEWER)).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get(RUN + "/sections.csv").with(VIEWER))
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"));
        MvcResult m = mvc.perform(get(RUN + "/manifest.json").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json")).andReturn();
        byte[] stored = Files.readAllBytes(PortalContext.RUN.resolve("manifest.json"));
        assertThat(m.getResponse().getContentAsByteArray()).isEqualTo(stored);
        assertThat(m.getResponse().getHeader("ETag")).isEqualTo("\"" + Sha256.hex(stored) + "\"");
    }

    @Test
    void theLatestLinkServesTheLatestRun() throws Exception {
        byte[] latest = mvc.perform(get("/runs/latest/digest.pdf").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Sha256.hex(latest)).isEqualTo(output("digest.pdf").sha256());
    }

    @Test
    void unchangedFilesAreNotSentAgain() throws Exception {
        String etag = "\"" + output("digest.pdf").sha256() + "\"";
        MvcResult byTag = mvc.perform(get(RUN + "/digest.pdf").with(VIEWER).header("If-None-Match", etag))
                .andExpect(status().isNotModified()).andReturn();
        assertThat(byTag.getResponse().getContentAsByteArray()).isEmpty();

        String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                PublishedRunFixture.FINISHED.plusSeconds(60).atOffset(ZoneOffset.UTC));
        mvc.perform(get(RUN + "/digest.pdf").with(VIEWER).header("If-Modified-Since", later))
                .andExpect(status().isNotModified());

        mvc.perform(get(RUN + "/digest.pdf").with(VIEWER).header("If-None-Match", "\"" + "0".repeat(64) + "\""))
                .andExpect(status().isOk());
    }

    @Test
    void byteRangesAreServedAsPartialContent() throws Exception {
        byte[] whole = Files.readAllBytes(PortalContext.RUN.resolve("themes.csv"));
        MvcResult r = mvc.perform(get(RUN + "/themes.csv").with(VIEWER).header("Range", "bytes=100-1123"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 100-1123/" + whole.length))
                .andReturn();
        assertThat(r.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(whole, 100, 1124));

        MvcResult tail = mvc.perform(get(RUN + "/themes.csv").with(VIEWER).header("Range", "bytes=-10"))
                .andExpect(status().isPartialContent()).andReturn();
        assertThat(tail.getResponse().getContentAsByteArray())
                .isEqualTo(Arrays.copyOfRange(whole, whole.length - 10, whole.length));

        mvc.perform(get(RUN + "/themes.csv").with(VIEWER).header("Range", "bytes=999999-"))
                .andExpect(status().isRequestedRangeNotSatisfiable());
    }

    /** A download resumed across a new run of /runs/latest/... must not splice two files together. */
    @Test
    void aRangeForAnOlderVersionGetsTheWholeFile() throws Exception {
        byte[] whole = Files.readAllBytes(PortalContext.RUN.resolve("themes.csv"));
        String etag = "\"" + output("themes.csv").sha256() + "\"";
        mvc.perform(get("/runs/latest/themes.csv").with(VIEWER).header("Range", "bytes=100-199")
                        .header("If-Range", etag))
                .andExpect(status().isPartialContent());
        MvcResult stale = mvc.perform(get("/runs/latest/themes.csv").with(VIEWER).header("Range", "bytes=100-199")
                        .header("If-Range", "\"" + "0".repeat(64) + "\""))
                .andExpect(status().isOk()).andReturn();
        assertThat(stale.getResponse().getContentAsByteArray()).isEqualTo(whole);
        assertThat(stale.getResponse().getHeader("ETag")).isEqualTo(etag);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/runs/20260301-020000-0123abcd/../../secret.txt",
        "/runs/20260301-020000-0123abcd/%2e%2e/%2e%2e/secret.txt",
        "/runs/20260301-020000-0123abcd/%2E%2E%2F%2E%2E%2Fsecret.txt",
        "/runs/20260301-020000-0123abcd/..%2f..%2fsecret.txt",
        "/runs/20260301-020000-0123abcd/briefs/..%2F..%2F..%2Fsecret.txt",
        "/runs/20260301-020000-0123abcd/briefs%5c..%5c..%5c..%5csecret.txt",
        "/runs/20260301-020000-0123abcd/%252e%252e/%252e%252e/secret.txt",
        "/runs/20260301-020000-0123abcd/briefs/../digest.pdf",
        "/runs/20260301-020000-0123abcd/./digest.pdf",
        "/runs/20260301-020000-0123abcd//digest.pdf",
        "/runs/20260301-020000-0123abcd/notes.txt",
        "/runs/20260301-020000-0123abcd/briefs/escape.pdf",
        "/runs/20260301-020000-0123abcd/digest.pdf%00.txt",
        "/runs/%2e%2e/secret.txt",
        "/runs/..%2fsecret.txt/x",
        "/runs/20260301-020000-0123abc/digest.pdf",
        "/runs/latest/../secret.txt",
        "/runs/20260301-020000-0123abcd/.state/trend-reports.mv.db",
        "/thumbnails/20260301-020000-0123abcd/briefs/escape.pdf",
        "/thumbnails/20260301-020000-0123abcd/digest.pdf",
        "/thumbnails/20260301-020000-0123abcd/..%2f..%2fsecret.txt"
    })
    void anythingNotListedInAManifestIsNotFound(String path) throws Exception {
        MvcResult r = mvc.perform(get(URI.create(path)).with(VIEWER)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(404);
        assertThat(r.getResponse().getContentAsString()).doesNotContain(PublishedRunFixture.SECRET);
    }

    @Test
    void aBriefHasAFirstPageThumbnailRenderedOnce() throws Exception {
        Manifest.Output brief = output("briefs/ai-trends-2026.pdf");
        byte[] png = mvc.perform(get("/thumbnails/" + PublishedRunFixture.RUN_ID + "/briefs/ai-trends-2026.pdf")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // A4 portrait at the default 120 dpi: readable where the run page shows it 520 pixels wide
        assertThat(image.getWidth()).isBetween(985, 1000);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
        Path cached = OUTPUT.resolve(".cache/thumbnails/" + brief.sha256() + "-120.png");
        assertThat(cached).exists();
        long renderedAt = Files.getLastModifiedTime(cached).toMillis();

        byte[] again = mvc.perform(get("/thumbnails/" + PublishedRunFixture.RUN_ID + "/briefs/ai-trends-2026.pdf")
                .with(VIEWER)).andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(png);
        assertThat(Files.getLastModifiedTime(cached).toMillis()).isEqualTo(renderedAt);
        assertThat(List.of(png.length)).allMatch(n -> n < 40_000);
    }
}
