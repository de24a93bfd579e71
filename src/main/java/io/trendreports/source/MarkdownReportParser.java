package io.trendreports.source;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;

/**
 * Parses a Markdown source report into its title, period, language and trend sections.
 *
 * <p>The title is the first H1 (or the front matter {@code title}, or the file name). Sections are
 * the headings of the first level below the title that occurs; when the document has several H1s
 * and a front matter title, the H1s themselves are the sections. A thematic break or a heading
 * above the section level closes the current section, so closing remarks are kept as notes
 * instead of being glued onto the last trend. Thread-safe: flexmark parsers are immutable.
 */
public final class MarkdownReportParser {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?![\\d.])");

    private final Parser parser;
    private final FrontMatterReader frontMatterReader = new FrontMatterReader();

    public MarkdownReportParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    public ParsedReport parse(LoadedFile file, String reportId) throws RejectedInputException {
        List<String> warnings = new ArrayList<>();
        Document document = parser.parse(file.text());
        if (document.getFirstChild() instanceof YamlFrontMatterBlock block && !closed(block)) {
            // flexmark lets an unclosed block swallow the whole document; read it without the opening line
            warnings.add("front matter ignored: the opening '---' has no closing '---' line; read as body text");
            document = parser.parse(file.text().replaceFirst("\\A(\\uFEFF?)---[ \\t]*", "$1"));
        }
        FrontMatter frontMatter = frontMatter(document);
        List<Heading> headings = topLevelHeadings(document);
        Heading titleHeading = titleHeading(headings, frontMatter);
        int sectionLevel = sectionLevel(headings, titleHeading);
        if (sectionLevel == 0) {
            throw new RejectedInputException("no sections found: the document has no headings"
                    + (titleHeading == null ? "" : " below its title"));
        }

        List<SectionBuilder> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        frontMatter.text("note", "notes", "description").ifPresent(notes::add);
        SectionBuilder current = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof YamlFrontMatterBlock || block == titleHeading) {
                continue;
            }
            if (block instanceof Heading h && h.getLevel() <= sectionLevel) {
                current = h.getLevel() == sectionLevel ? new SectionBuilder(PlainText.inline(h), notes.size()) : null;
                if (current == null) {
                    notes.add(PlainText.inline(h));
                } else {
                    parts.add(current);
                }
                continue;
            }
            if (block instanceof ThematicBreak) {
                current = null;
                continue;
            }
            String text = PlainText.of(block);
            if (text.isEmpty()) {
                continue;
            }
            if (current != null) {
                current.add(text);
            } else {
                notes.add(text);
            }
        }
        List<Section> sections = sections(parts, notes);

        String title = titleHeading != null ? PlainText.inline(titleHeading)
                : frontMatter.text("title").orElse(humanize(file.fileName()));
        if (title.isBlank()) {
            title = humanize(file.fileName());
        }
        SourceReport report = new SourceReport(reportId, file.fileName(), file.sha256(), title,
                period(frontMatter, title, file.fileName()), language(frontMatter), sections, notes);
        if (!frontMatter.problem().isEmpty()) {
            warnings.add(frontMatter.problem());
        }
        return new ParsedReport(report, warnings);
    }

    /**
     * The trend sections among the parts at section level. Parts headed like an introduction,
     * conclusion, methodology or appendix ({@link NoteHeadings}) go to the notes, in document
     * order, unless nothing else is left: a document made only of such parts keeps them as sections.
     */
    private static List<Section> sections(List<SectionBuilder> parts, List<String> notes) {
        boolean anyTrend = parts.stream().anyMatch(p -> !NoteHeadings.isNote(p.title()));
        List<Section> sections = new ArrayList<>();
        int lastNumber = 0;
        int inserted = 0;
        for (SectionBuilder part : parts) {
            if (anyTrend && NoteHeadings.isNote(part.title())) {
                List<String> text = new ArrayList<>();
                text.add(part.heading);
                text.addAll(part.paragraphs);
                notes.addAll(part.notesBefore + inserted, text);
                inserted += text.size();
                continue;
            }
            HeadingNumber heading = HeadingNumber.parse(part.heading);
            int number = heading.number().orElse(lastNumber + 1);
            sections.add(new Section(number, heading.title(), String.join("\n\n", part.paragraphs)));
            lastNumber = number;
        }
        return sections;
    }

    private FrontMatter frontMatter(Document document) {
        Node first = document.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock block)) {
            return FrontMatter.NONE;
        }
        List<String> lines = new ArrayList<>(block.getChars().toString().lines().toList());
        // drop the opening and closing delimiter lines; the YAML sits between them
        if (!lines.isEmpty()) {
            lines.remove(0);
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).strip().matches("-{3,}|\\.{3,}")) {
            lines.remove(lines.size() - 1);
        }
        return frontMatterReader.read(String.join("\n", lines));
    }

    private static boolean closed(YamlFrontMatterBlock block) {
        List<String> lines = block.getChars().toString().strip().lines().toList();
        return lines.size() > 1 && lines.get(lines.size() - 1).strip().matches("-{3,}|\\.{3,}");
    }

    private static List<Heading> topLevelHeadings(Document document) {
        List<Heading> headings = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                headings.add(h);
            }
        }
        return headings;
    }

    private static Heading titleHeading(List<Heading> headings, FrontMatter frontMatter) {
        List<Heading> h1s = headings.stream().filter(h -> h.getLevel() == 1).toList();
        if (h1s.isEmpty()) {
            return null;
        }
        boolean deeperHeadings = headings.stream().anyMatch(h -> h.getLevel() > 1);
        if (h1s.size() > 1 && !deeperHeadings && frontMatter.text("title").isPresent()) {
            return null;
        }
        return h1s.get(0);
    }

    /** The heading level of the sections, or 0 when the document has none. */
    private static int sectionLevel(List<Heading> headings, Heading titleHeading) {
        int titleLevel = titleHeading == null ? 0 : titleHeading.getLevel();
        OptionalInt below = headings.stream().filter(h -> h != titleHeading)
                .mapToInt(Heading::getLevel).filter(l -> l > titleLevel).min();
        return below.orElse(0);
    }

    static String period(FrontMatter frontMatter, String title, String fileName) {
        Optional<Object> declared = java.util.stream.Stream.of("period", "date", "year", "edition")
                .map(k -> frontMatter.values().get(k)).filter(v -> v != null && !v.toString().isBlank())
                .findFirst();
        if (declared.isPresent()) {
            Object v = declared.get();
            if (v instanceof Date date) {
                return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
            }
            return v.toString().strip();
        }
        return lastYear(title).or(() -> lastYear(fileName)).orElse("");
    }

    private static Optional<String> lastYear(String text) {
        Matcher m = YEAR.matcher(text);
        String year = null;
        while (m.find()) {
            year = m.group(1);
        }
        return Optional.ofNullable(year);
    }

    private static String language(FrontMatter frontMatter) {
        return frontMatter.text("language", "lang", "locale")
                .map(l -> l.toLowerCase(Locale.ROOT).split("[-_]")[0])
                .filter(l -> l.matches("[a-z]{2,3}"))
                .orElse("");
    }

    static String humanize(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,8}$", "").replaceAll("[_-]+", " ").strip();
        return stem.isEmpty() ? fileName : Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }

    private static final class SectionBuilder {
        final String heading;
        /** How many notes precede this part, so that a part turned note keeps its place. */
        final int notesBefore;
        final List<String> paragraphs = new ArrayList<>();

        SectionBuilder(String heading, int notesBefore) {
            this.heading = heading;
            this.notesBefore = notesBefore;
        }

        String title() {
            return HeadingNumber.parse(heading).title();
        }

        void add(String text) {
            paragraphs.add(text);
        }
    }
}
