package io.trendreports.source;

/** A source file read into memory and checked to be UTF-8 text. */
public record LoadedFile(String fileName, String sha256, String text) {
}
