package io.trendreports.notify;

import java.util.LinkedHashMap;
import java.util.Map;

/** The portal addresses of a published run, when {@code trend.portal.base-url} says where the portal is. */
record PortalLinks(String baseUrl) {

    PortalLinks {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    boolean known() {
        return !baseUrl.isEmpty();
    }

    String run(String runId) {
        return baseUrl + "/runs/" + runId;
    }

    String digest(String runId) {
        return run(runId) + "/digest.pdf";
    }

    /** run, digest and manifest links of a published run; nothing when the base address is not set. */
    Map<String, String> of(RunReport report) {
        Map<String, String> links = new LinkedHashMap<>();
        if (known() && report.published()) {
            links.put("run", run(report.runId()));
            links.put("digest", digest(report.runId()));
            links.put("manifest", run(report.runId()) + "/manifest.json");
        }
        return links;
    }
}
