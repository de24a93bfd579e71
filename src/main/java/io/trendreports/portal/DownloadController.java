package io.trendreports.portal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of published files, at stable addresses: {@code /runs/<run-id>/<path>} and
 * {@code /runs/latest/<path>}. Spring MVC answers the conditional requests from the ETag (the
 * manifest's SHA-256) and Last-Modified set here (304), and Range requests on the file (206).
 * Anything not listed in the run's manifest is 404, whatever the path says.
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
    ResponseEntity<Resource> download(@PathVariable String runId, @PathVariable String path) {
        return ServableFile.resolve(catalog, runId, path.startsWith("/") ? path.substring(1) : path)
                .map(f -> ResponseEntity.ok()
                        .contentType(ContentTypes.of(f.fileName()))
                        .contentLength(f.output().bytes())
                        .eTag("\"" + f.output().sha256() + "\"")
                        .lastModified(f.run().lastModified())
                        // revalidate every time: the same address (latest/...) may mean a newer file tomorrow
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                        .<Resource>body(new FileSystemResource(f.file())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** First page of a brief as a small PNG, rendered once and cached. */
    @GetMapping("/thumbnails/{runId}/{*path}")
    ResponseEntity<byte[]> thumbnail(@PathVariable String runId, @PathVariable String path) {
        return ServableFile.resolve(catalog, runId, path.startsWith("/") ? path.substring(1) : path)
                .filter(f -> "pdf-brief".equals(f.output().kind()))
                .flatMap(thumbnails::png)
                .map(png -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .eTag("\"thumb-" + png.sha256() + "\"")
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                        .body(png.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
