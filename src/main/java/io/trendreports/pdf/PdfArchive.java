package io.trendreports.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

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

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(m.title());
        if (!m.author().isBlank()) {
            dc.addCreator(m.author());
        }
        dc.setDescription(m.subject());
        m.keywords().forEach(dc::addSubject);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setKeywords(keywords);
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            SERIALIZER.get().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xml.toByteArray());
        doc.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SrgbProfile.BYTES));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    /**
     * A serializer looks up an XML transformer and document builder when made, which cost more
     * than the serialization; it is not thread-safe, so each brief thread keeps its own.
     */
    private static final ThreadLocal<XmpSerializer> SERIALIZER = ThreadLocal.withInitial(XmpSerializer::new);

    /** The Java runtime's own sRGB profile: no file to ship, read once. */
    private static final class SrgbProfile {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
