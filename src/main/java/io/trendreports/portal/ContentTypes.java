package io.trendreports.portal;

import java.util.Locale;

import org.springframework.http.MediaType;

/** Content types of the files a run publishes, by extension. */
final class ContentTypes {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private ContentTypes() {
    }

    static MediaType of(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return MediaType.APPLICATION_PDF;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
