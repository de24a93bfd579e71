package io.trendreports.pdf;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The XMP metadata packet of a document (Dublin Core, Adobe PDF, XMP basic and PDF/A
 * identification), written directly as text. It is the packet Apache XMPBox's serializer writes
 * for the same properties, byte for byte (a test compares the two), without building a DOM and
 * running an XML transformer for each of thousands of briefs.
 */
final class XmpPacket {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private XmpPacket() {
    }

    static byte[] of(DocumentMetadata m, String creatorTool, String producer, String keywords) {
        String date = DATE.format(m.created().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("    <rdf:Description rdf:about=\"\">\n");
        alternative(x, "dc:title", m.title());
        if (!m.author().isBlank()) {
            list(x, "dc:creator", "rdf:Seq", List.of(m.author()));
        }
        alternative(x, "dc:description", m.subject());
        if (!m.keywords().isEmpty()) {
            list(x, "dc:subject", "rdf:Bag", m.keywords());
        }
        x.append("    </rdf:Description>\n")
                .append("    <rdf:Description rdf:about=\"\">\n");
        simple(x, "pdf:Keywords", keywords);
        simple(x, "pdf:Producer", producer);
        x.append("    </rdf:Description>\n")
                .append("    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n");
        simple(x, "xmp:CreatorTool", creatorTool);
        simple(x, "xmp:CreateDate", date);
        simple(x, "xmp:ModifyDate", date);
        simple(x, "xmp:MetadataDate", date);
        x.append("    </rdf:Description>\n")
                .append("    <rdf:Description rdf:about=\"\">\n");
        simple(x, "pdfaid:part", "2");
        simple(x, "pdfaid:conformance", "B");
        x.append("    </rdf:Description>\n")
                .append("  </rdf:RDF>\n")
                .append("</x:xmpmeta><?xpacket end=\"w\"?>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void simple(StringBuilder x, String name, String value) {
        x.append("      ");
        element(x, name, "", value);
        x.append('\n');
    }

    /** An element with text, or an empty element, as the serializer writes them. */
    private static void element(StringBuilder x, String name, String attributes, String value) {
        x.append('<').append(name).append(attributes);
        if (value.isEmpty()) {
            x.append("/>");
            return;
        }
        x.append('>');
        escape(x, value);
        x.append("</").append(name).append('>');
    }

    private static void alternative(StringBuilder x, String name, String value) {
        x.append("      <").append(name).append(">\n")
                .append("        <rdf:Alt>\n")
                .append("          ");
        element(x, "rdf:li", " xml:lang=\"x-default\"", value);
        x.append('\n')
                .append("        </rdf:Alt>\n")
                .append("      </").append(name).append(">\n");
    }

    private static void list(StringBuilder x, String name, String kind, List<String> values) {
        x.append("      <").append(name).append(">\n")
                .append("        <").append(kind).append(">\n");
        for (String value : values) {
            x.append("          ");
            element(x, "rdf:li", "", value);
            x.append('\n');
        }
        x.append("        </").append(kind).append(">\n")
                .append("      </").append(name).append(">\n");
    }

    /**
     * Text content as the JDK's serializer escapes it, characters beyond the Basic Multilingual
     * Plane as character references; control characters never get here.
     */
    private static void escape(StringBuilder x, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '\r' -> x.append("&#13;");
                default -> {
                    if (Character.isSupplementaryCodePoint(c)) {
                        x.append("&#").append(c).append(';');
                    } else {
                        x.append((char) c);
                    }
                }
            }
            i += Character.charCount(c);
        }
    }
}
