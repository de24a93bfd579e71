package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class XmpPacketTest {

    static List<DocumentMetadata> metadata() {
        Instant created = Instant.parse("2026-11-28T14:00:37.654Z");
        return List.of(
                new DocumentMetadata("Trend digest", "trend-reports", "Comparison of 2 reports, run r1",
                        List.of("Model scaling", "Other"), created, "r1", null),
                new DocumentMetadata("AI & <LLM> \"Trends\" 'quoted' > 2024", "", "Brief of a.md",
                        List.of(), created, "r2", "ab12"),
                new DocumentMetadata("Rapport sur l’IA — 人工智能趋势 — تقرير 🚀", "Équipe Données", "Résumé",
                        List.of("Régulation & politique", "<script>"), created, "r3", "cd34"),
                new DocumentMetadata("", "", "", List.of("only 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"), created, "r4", null));
    }

    @ParameterizedTest
    @MethodSource("metadata")
    void packetIsWhatXmpBoxWritesForTheSameProperties(DocumentMetadata m) throws Exception {
        String keywords = String.join(", ", m.keywords());

        byte[] packet = XmpPacket.of(m, PdfArchive.CREATOR, PdfArchive.PRODUCER, keywords);

        assertThat(new String(packet, StandardCharsets.UTF_8))
                .isEqualTo(new String(viaXmpBox(m, keywords), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("metadata")
    void packetParsesBackToTheDocumentProperties(DocumentMetadata m) throws Exception {
        XMPMetadata xmp = new DomXmpParser().parse(
                XmpPacket.of(m, PdfArchive.CREATOR, PdfArchive.PRODUCER, String.join(", ", m.keywords())));

        assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(m.title());
        assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo(m.subject());
        assertThat(xmp.getDublinCoreSchema().getSubjects()).isEqualTo(m.keywords().isEmpty() ? null : m.keywords());
        assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                .isEqualTo(m.created().truncatedTo(ChronoUnit.SECONDS));
        assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
    }

    /** What PdfArchive wrote before the packet was written directly. */
    private static byte[] viaXmpBox(DocumentMetadata m, String keywords) throws Exception {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        created.setTimeInMillis(m.created().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
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
        pdf.setProducer(PdfArchive.PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PdfArchive.CREATOR);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        pdfa.setConformance("B");
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, xml, true);
        return xml.toByteArray();
    }
}
