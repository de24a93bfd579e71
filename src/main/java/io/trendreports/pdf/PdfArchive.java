package io.trendreports.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a document PDF/A-2b: document info and the matching XMP metadata (title, author,
 * subject, keywords, dates, PDF/A identification) and an sRGB output intent for the RGB colours
 * the pages use. Fonts are embedded by {@link DocumentFonts}; nothing is transparent.
 */
final class PdfArchive {

    static final String CREATOR = "trend-reports";
    static final String PRODUCER = "trend-reports with Apache PDFBox";
    static final String RUN_ID_KEY = "RunId";
    static final String SOURCE_SHA256_KEY = "SourceSHA256";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchive() {
    }

    static void apply(PDDocument doc, DocumentMetadata m) throws IOException {
        // PDF dates have whole seconds; XMP must say exactly the same
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        created.setTimeInMillis(m.created().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        String keywords = String.join(", ", m.keywords());

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(m.title());
        if (!m.author().isBlank()) {
            info.setAuthor(m.author());
        }
        info.setSubject(m.subject());
        info.setKeywords(keywords);
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setCustomMetadataValue(RUN_ID_KEY, m.runId());
        if (m.sourceSha256() != null && !m.sourceSha256().isBlank()) {
            info.setCustomMetadataValue(SOURCE_SHA256_KEY, m.sourceSha256());
        }

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XmpPacket.of(m, CREATOR, PRODUCER, keywords));
        doc.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SrgbProfile.BYTES));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    /** The Java runtime's own sRGB profile: no file to ship, read once. */
    private static final class SrgbProfile {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
