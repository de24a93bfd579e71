package io.trendreports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.SplittableRandom;

import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

class EscapedTextTest {

    /** POI's own escaping, reached through a subclass of its sheet writer. */
    private static final class PoiEscaping extends SheetDataWriter {
        PoiEscaping(StringWriter out) throws IOException {
            super(out);
        }

        void escape(String s) throws IOException {
            outputEscapedString(s);
            _out.flush();
        }
    }

    @Test
    void escapesAsPoiDoes() throws IOException {
        assertThat(written("a<b>&\"c\"\n\r\t\u00A0\u0001\uFFFE\uFFFF d")).isEqualTo(
                "a&lt;b&gt;&amp;&quot;c&quot;&#xa;&#xd;&#x9;&#xa0;??? d");
    }

    @Test
    void agreesWithPoiOnGeneratedText() throws IOException {
        String[] pieces = {"a", "Zürich", "<", ">", "&", "\"", "'", "\n", "\r", "\t", "\u00A0", "\u0000", "\u001F",
                "\uFFFE", "\uFFFF", "\uFFFD", "😀", "\uD83D", "\uDE00", "中文", "हिन्दी", " ", "&amp;"};
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            StringWriter poi = new StringWriter();
            new PoiEscaping(poi).escape(s);
            assertThat(written(s)).as("\"%s\"", s).isEqualTo(poi.toString());
        }
    }

    private static String written(String s) throws IOException {
        StringWriter out = new StringWriter();
        EscapedText.write(out, s);
        return out.toString();
    }
}
