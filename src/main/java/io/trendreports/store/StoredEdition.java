package io.trendreports.store;

/**
 * One edition a run holds, as the history of its topic sees it.
 *
 * @param firstSeen  the id of the run that first read this content
 * @param fileName   the file it was read from
 * @param remembered kept from an earlier run, its file gone from the input folder
 */
public record StoredEdition(StoredReport stored, String sha256, String topic, String firstSeen, String fileName,
                            boolean remembered) {
}
