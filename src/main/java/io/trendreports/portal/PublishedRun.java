package io.trendreports.portal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.trendreports.pdf.BriefWriter;

import io.trendreports.publish.Manifest;

/**
 * A run folder under {@code runs/} with its manifest. The manifest is the whitelist: only its
 * outputs and the manifest itself can be served from the folder.
 *
 * @param manifestSha256 SHA-256 of {@code manifest.json} as stored (its ETag)
 * @param manifestBytes  size of {@code manifest.json}
 */
public record PublishedRun(String runId, Path folder, Manifest manifest, String manifestSha256, long manifestBytes) {

    public static final String MANIFEST = "manifest.json";

    /** The listed output at exactly this path, or the manifest itself; nothing else. */
    public Optional<Manifest.Output> servable(String path) {
        if (MANIFEST.equals(path)) {
            return Optional.of(new Manifest.Output(MANIFEST, "manifest", manifestBytes, manifestSha256, 0, null));
        }
        return outputs().stream().filter(o -> o.path().equals(path)).findFirst();
    }

    public List<Manifest.Output> outputs() {
        return manifest.outputs() == null ? List.of() : manifest.outputs();
    }

    public List<Manifest.Input> inputs() {
        return manifest.inputs() == null ? List.of() : manifest.inputs();
    }

    public List<Manifest.Output> briefs() {
        return outputs().stream().filter(o -> BriefWriter.KIND.equals(o.kind())).toList();
    }

    public List<Manifest.Input> rejected() {
        return inputs().stream().filter(i -> "rejected".equals(i.status())).toList();
    }

    /** Published files never change, so the run's end is their modification time. */
    public Instant lastModified() {
        return manifest.finishedAt() != null ? manifest.finishedAt() : manifest.startedAt();
    }
}
