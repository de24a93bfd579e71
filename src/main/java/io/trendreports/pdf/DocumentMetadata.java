package io.trendreports.pdf;

import java.time.Instant;
import java.util.List;

/**
 * What a PDF says about itself, in its document info and its XMP metadata.
 *
 * @param author       blank means none
 * @param keywords     theme labels
 * @param sourceSha256 SHA-256 of the source file the document was made from; null for the digest
 */
record DocumentMetadata(String title, String author, String subject, List<String> keywords, Instant created,
                        String runId, String sourceSha256) {

    DocumentMetadata {
        title = TextSanitizer.plain(title);
        author = TextSanitizer.plain(author);
        subject = TextSanitizer.plain(subject);
        keywords = keywords.stream().map(TextSanitizer::plain).filter(k -> !k.isEmpty()).toList();
    }
}
