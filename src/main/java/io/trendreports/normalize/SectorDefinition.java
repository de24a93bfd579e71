package io.trendreports.normalize;

import java.util.List;

/**
 * A sector a section can mention. Keywords are whole words or phrases matched case-insensitively;
 * a trailing {@code *} matches any ending ({@code student*}).
 */
public record SectorDefinition(String id, String label, List<String> keywords) {

    public SectorDefinition {
        keywords = List.copyOf(keywords);
    }
}
