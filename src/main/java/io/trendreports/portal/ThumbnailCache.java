package io.trendreports.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * First-page thumbnails of the briefs, rendered once with PDFBox and kept under
 * {@code output/.cache/thumbnails/} by the brief's SHA-256, so a restart does not render them
 * again. The cache holds at most {@value #MAX_FILES} images; the oldest go first.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ThumbnailCache {

    static final int MAX_FILES = 500;

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.portal");

    private final Path dir;
    private final int dpi;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    ThumbnailCache(RunCatalog catalog, PortalProperties properties) {
        this.dir = catalog.outputDir().resolve(".cache").resolve("thumbnails");
        this.dpi = properties.thumbnailDpi();
    }

    record Thumbnail(String sha256, byte[] bytes) {
    }

    Optional<Thumbnail> png(ServableFile brief) {
        String sha = brief.output().sha256();
        Path cached = dir.resolve(sha + "-" + dpi + ".png");
        // one rendering per brief even when a page asks for it from several requests at once
        synchronized (locks.computeIfAbsent(sha, k -> new Object())) {
            try {
                if (!Files.isRegularFile(cached)) {
                    render(brief.file(), cached);
                }
                return Optional.of(new Thumbnail(sha, Files.readAllBytes(cached)));
            } catch (IOException | RuntimeException e) {
                log.warn("portal: no thumbnail for {}: {}", brief.file(), e.getMessage());
                return Optional.empty();
            } finally {
                locks.remove(sha);
            }
        }
    }

    private void render(Path pdf, Path target) throws IOException {
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "render-", ".tmp");
        Files.write(tmp, png.toByteArray());
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        prune();
    }

    private void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".png")).toList();
        }
        if (files.size() <= MAX_FILES) {
            return;
        }
        List<Path> oldestFirst = files.stream().sorted(Comparator.comparing(ThumbnailCache::modified)).toList();
        for (Path p : oldestFirst.subList(0, files.size() - MAX_FILES)) {
            Files.deleteIfExists(p);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
