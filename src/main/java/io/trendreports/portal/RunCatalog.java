package io.trendreports.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import io.trendreports.publish.Manifest;
import io.trendreports.publish.PublishedRuns;
import io.trendreports.publish.RunFolders;
import io.trendreports.source.Sha256;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published runs of the output folder, newest first, each read from its manifest. A folder
 * under {@code runs/} never changes once published, so manifests are cached by run id (and
 * dropped once retention deletes the run).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RunCatalog {

    /** Run ids as {@code run} makes them; anything else in a URL is not a run. */
    static final Pattern RUN_ID = Pattern.compile("\\d{8}-\\d{6}-[0-9a-f]{8}");

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.portal");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunFolders folders;
    private final PublishedRuns published;
    private final Map<String, PublishedRun> cache = new ConcurrentHashMap<>();

    public RunCatalog(@Value("${trend.output:output}") Path output) {
        this.folders = new RunFolders(output);
        this.published = new PublishedRuns(folders);
    }

    public Path outputDir() {
        return folders.outputDir();
    }

    /** Every published run with a readable manifest, newest first. */
    public List<PublishedRun> runs() {
        List<String> ids;
        try {
            ids = new ArrayList<>(published.runIds());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.keySet().retainAll(new HashSet<>(ids));
        Collections.reverse(ids);
        List<PublishedRun> runs = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresent(runs::add);
        }
        return runs;
    }

    public Optional<String> latestRunId() {
        return published.latestRunId();
    }

    /** The run with this id, or the one {@code latest} points at; empty for anything else. */
    public Optional<PublishedRun> find(String runIdOrLatest) {
        String id = "latest".equals(runIdOrLatest) ? latestRunId().orElse("") : runIdOrLatest;
        if (!RUN_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        PublishedRun cached = cache.get(id);
        if (cached != null && Files.isDirectory(cached.folder())) {
            return Optional.of(cached);
        }
        Optional<PublishedRun> loaded = load(id);
        loaded.ifPresent(run -> cache.put(id, run));
        return loaded;
    }

    private Optional<PublishedRun> load(String id) {
        Path folder = folders.published(id);
        Path manifestFile = folder.resolve(PublishedRun.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(manifestFile);
            Manifest manifest = JSON.readValue(bytes, Manifest.class);
            return Optional.of(new PublishedRun(id, folder, manifest, Sha256.hex(bytes), bytes.length));
        } catch (IOException | RuntimeException e) {
            log.warn("portal: ignoring run {}: unreadable manifest ({})", id, e.getMessage());
            return Optional.empty();
        }
    }
}
