package io.trendreports.portal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import io.trendreports.pdf.BriefWriter;

/**
 * Downloads of published files, at stable addresses: {@code /runs/<run-id>/<path>} and
 * {@code /runs/latest/<path>}. Spring MVC answers the conditional requests from the ETag (the
 * manifest's SHA-256) and Last-Modified set here (304), and Range requests on the file (206).
 * A range with an {@code If-Range} naming another version gets the whole file (200). Anything
 * not listed in the run's manifest is 404, whatever the path says.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DownloadController {

    private final RunCatalog catalog;
    private final ThumbnailCache thumbnails;

    DownloadController(RunCatalog catalog, ThumbnailCache thumbnails) {
        this.catalog = catalog;
        this.thumbnails = thumbnails;
    }

    @GetMapping("/runs/{runId}/{*path}")
    ResponseEntity<Resource> download(@PathVariable String runId, @PathVariable String path,
                               @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                               @RequestHeader(name = HttpHeaders.IF_RANGE, required = false) String ifRange) {
        return ServableFile.resolve(catalog, runId, path.startsWith("/") ? path.substring(1) : path)
                .map(f -> {
                    String etag = "\"" + f.output().sha256() + "\"";
                    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                            .contentType(ContentTypes.of(f.fileName()))
                            .contentLength(f.output().bytes())
                            .eTag(etag)
                            .lastModified(f.run().lastModified())
                            // revalidate every time: the same address (latest/...) may mean a newer file tomorrow
                            .cacheControl(CacheControl.noCache().cachePrivate())
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                    .filename(f.fileName(), StandardCharsets.UTF_8).build().toString());
                    if (range != null && ifRange != null && !ifRange.equals(etag)) {
                        // the client holds another version (e.g. yesterday's latest/digest.pdf): the whole
                        // file, not a range of this one to splice onto it. Spring applies Range to any
                        // Resource body without looking at If-Range, except to a one-shot stream.
                        return response.<Resource>body(new InputStreamResource(() -> Files.newInputStream(f.file())));
                    }
                    return response.<Resource>body(new FileSystemResource(f.file()));
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** First page of a brief as a small PNG, rendered once and cached. */
    @GetMapping("/thumbnails/{runId}/{*path}")
    ResponseEntity<byte[]> thumbnail(@PathVariable String runId, @PathVariable String path) {
        return ServableFile.resolve(catalog, runId, path.startsWith("/") ? path.substring(1) : path)
                .filter(f -> BriefWriter.KIND.equals(f.output().kind()))
                .flatMap(thumbnails::png)
                .map(png -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .eTag("\"thumb-" + png.sha256() + "\"")
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                        .body(png.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
