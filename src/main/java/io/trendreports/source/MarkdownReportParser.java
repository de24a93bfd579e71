package io.trendreports.source;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
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
 * <p>Which blocks are the title and the sections is read from the document's shape
 * ({@link StructureInference}); the title falls back to the front matter {@code title}, then the
 * file name. A thematic break or a heading above the section level closes the current section, so
 * closing remarks are kept as notes instead of being glued onto the last trend. Thread-safe:
 * flexmark parsers are immutable.
 */
public final class MarkdownReportParser {

    private static final Pattern KEY_LINE = Pattern.compile("^[ \\t]*[\\w-]+[ \\t]*(?::|=)");
    /** A label some writers put before the title itself: "Title: Renewable energy trends". */
    private static final Pattern TITLE_LABEL = Pattern.compile("(?iu)^(?:title|titre|titel|título|titolo)\\s*:\\s*");
    private static final Pattern DATE_AND_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T]\\d{1,2}:\\d{2}(?::\\d{2})?.*");
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
        String unwrapped = MarkdownFence.unwrap(file.text());
        if (unwrapped != file.text()) {
            warnings.add("the whole file is one code block holding Markdown; its content was read as the report");
        }
        String text = NestingLimit.flatten(unwrapped);
        if (text != unwrapped) {
            warnings.add("nesting deeper than " + NestingLimit.MAX_DEPTH
                    + " levels of lists or quotes was flattened to that depth");
        }
        text = HtmlHeadings.asMarkdown(text);
        MetadataLines.Split metadata = MetadataLines.split(text);
        if (metadata != null) {
            text = metadata.body();
        }
        text = LoneHtmlTags.setOff(TightAtxHeadings.spaced(text));
        Document document = parser.parse(text);
        if (document.getFirstChild() instanceof YamlFrontMatterBlock block && !closed(block)) {
            // flexmark lets an unclosed block swallow the whole document; read it without the opening line
            warnings.add("front matter ignored: the opening '---' has no closing '---' line; read as body text");
            document = parser.parse(withoutOpeningRule(text));
        } else if (document.getFirstChild() instanceof YamlFrontMatterBlock block && !keyed(block)) {
            // "---", a heading, "---": rules around the title, not a metadata block
            document = parser.parse(withoutOpeningRule(text));
        }
        FrontMatter frontMatter = metadata != null
                ? new FrontMatter(FrontMatterReader.plainPairs(metadata.block()), "") : frontMatter(document);
        Optional<String> frontMatterTitle = frontMatter.text("title");
        Outline outline = Outline.of(document);
        ReportStructure structure = StructureInference.infer(outline, frontMatterTitle);
        if (structure.sectionLevel() == 0) {
            throw new RejectedInputException(NoSections.describe(document, structure.title()));
        }

        List<String> notes = new ArrayList<>();
        frontMatter.text("note", "notes", "description").ifPresent(notes::add);
        SectionWalk walk = new SectionWalk(structure, notes);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof YamlFrontMatterBlock || outline.isRepeat(block)
                    || (structure.title() != null && block == structure.title().node())) {
                continue;
            }
            OutlineUnit firstItem = block instanceof ListBlock ? outline.unitOf(block.getFirstChild()) : null;
            if (firstItem != null && firstItem.level() == structure.sectionLevel()) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    walk.unit(outline.unitOf(item));
                }
            } else if (outline.unitOf(block) != null) {
                walk.unit(outline.unitOf(block));
            } else if (block instanceof ThematicBreak && !underHeading(block, outline)) {
                walk.closeSection();
            } else {
                walk.text(outline.text(block));
            }
        }
        List<Section> sections = walk.sections();

        String title = structure.title() != null ? TITLE_LABEL.matcher(structure.title().heading()).replaceFirst("")
                : frontMatterTitle.orElse(humanize(file.fileName()));
        if (title.isBlank()) {
            title = humanize(file.fileName());
        }
        SourceReport report = new SourceReport(reportId, file.fileName(), file.sha256(), title,
                period(frontMatter, title, file.fileName()), language(frontMatter), sections, notes,
                frontMatter.text("topic", "subject").orElse(TopicTitle.of(title)));
        if (!frontMatter.problem().isEmpty()) {
            warnings.add(frontMatter.problem());
        }
        return new ParsedReport(report, warnings, structure.describe(sections.size(), frontMatterTitle.isPresent()));
    }

    /**
     * A rule right under a heading ({@code ## Market size} then {@code -----}) underlines it: the
     * heading's text follows the rule, so it does not close the part the heading opens.
     */
    private static boolean underHeading(Node rule, Outline outline) {
        Node before = rule.getPrevious();
        return before instanceof Heading && outline.unitOf(before) != null;
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

    /** The text without the opening {@code ---} line, so that flexmark reads no front matter block. */
    private static String withoutOpeningRule(String text) {
        return text.replaceFirst("\\A(\\uFEFF?)---[ \\t]*", "$1");
    }

    /** True when some line of the block is a {@code key:} or {@code key =} pair. */
    private static boolean keyed(YamlFrontMatterBlock block) {
        return block.getChars().toString().lines().anyMatch(l -> KEY_LINE.matcher(l).lookingAt());
    }

    private static boolean closed(YamlFrontMatterBlock block) {
        List<String> lines = block.getChars().toString().strip().lines().toList();
        return lines.size() > 1 && lines.get(lines.size() - 1).strip().matches("-{3,}|\\.{3,}");
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
            String text = v.toString().strip();
            // "2026-03-14 09:30", as Pelican writes it: the edition is the day, not the minute
            Matcher timed = DATE_AND_TIME.matcher(text);
            return timed.matches() ? timed.group(1) : text;
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
}
