package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileLoaderTest {

    @TempDir
    Path dir;

    private final ReportFileLoader loader = new ReportFileLoader(1024 * 1024);

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsUtf8AndDropsTheByteOrderMark() throws Exception {
        byte[] body = "# Titre\n## Ça marche\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        LoadedFile file = loader.load(write("a.md", withBom));

        assertThat(file.text()).startsWith("# Titre");
        assertThat(file.sha256()).hasSize(64).isEqualTo(Sha256.hex(withBom));
        assertThat(file.fileName()).isEqualTo("a.md");
    }

    @Test
    void rejectsEmptyAndBlankFiles() throws Exception {
        assertThatThrownBy(() -> loader.load(write("e.md", new byte[0]))).hasMessage("empty file");
        assertThatThrownBy(() -> loader.load(write("b.md", " \n\t\n".getBytes())))
                .hasMessage("empty file: only whitespace");
    }

    @Test
    void rejectsBinaryContent() throws Exception {
        assertThatThrownBy(() -> loader.load(write("x.pdf", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2})))
                .hasMessage("not a text file: binary content (NUL byte at offset 4)");
    }

    @Test
    void rejectsInvalidUtf8NamingTheOffset() throws Exception {
        byte[] latin1 = "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> loader.load(write("l.md", latin1)))
                .hasMessage("not valid UTF-8 (first bad byte at offset 5)");
    }

    @Test
    void rejectsFilesOverTheSizeLimit() throws Exception {
        ReportFileLoader small = new ReportFileLoader(10);
        assertThatThrownBy(() -> small.load(write("big.md", new byte[11])))
                .hasMessage("file too large: 11 bytes (limit 10)");
    }
}
