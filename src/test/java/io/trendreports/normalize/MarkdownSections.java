package io.trendreports.normalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;
import io.trendreports.source.TopicTitle;

/**
 * Test-only stand-in for the real Markdown reader: sections start at lines "## N. Title", and the
 * last one ends at a "---" line. Good enough for the sample inputs, which use no inline Markdown
 * inside sections.
 */
final class MarkdownSections {

    private static final Pattern HEADING = Pattern.compile("^## (?:(\\d+)\\.\\s*)?(.*)$");

    private MarkdownSections() {
    }

    static SourceReport read(Path file, String reportId, String period) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Section> sections = new ArrayList<>();
        String title = "";
        String heading = null;
        int number = 0;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            Matcher m = HEADING.matcher(line);
            if (line.startsWith("# ") && title.isEmpty()) {
                title = line.substring(2).strip();
            } else if (m.matches()) {
                if (heading != null) {
                    sections.add(new Section(number, heading, body.toString().strip()));
                }
                number = m.group(1) == null ? number + 1 : Integer.parseInt(m.group(1));
                heading = m.group(2).strip();
                body.setLength(0);
            } else if (heading != null && line.strip().equals("---")) {
                sections.add(new Section(number, heading, body.toString().strip()));
                heading = null;
                break;
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.add(new Section(number, heading, body.toString().strip()));
        }
        return new SourceReport(reportId, file.getFileName().toString(), "0".repeat(64), title, period, "",
                sections, List.of(), TopicTitle.of(title));
    }
}
