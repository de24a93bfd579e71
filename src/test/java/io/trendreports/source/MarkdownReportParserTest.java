package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;

class MarkdownReportParserTest {

    private final MarkdownReportParser parser = new MarkdownReportParser();

    private ParsedReport parse(String fileName, String markdown) throws RejectedInputException {
        return parser.parse(new LoadedFile(fileName, "0".repeat(64), markdown), ReportSlugs.slug(fileName));
    }

    @Test
    void referenceReportHasTenNumberedSectionsAndItsTitle() throws Exception {
        String text = Files.readString(Path.of("input/ai-llm-trends-2024.md"));
        SourceReport report = parse("ai-llm-trends-2024.md", text).report();

        assertThat(report.title()).isEqualTo("Comprehensive Report on AI LLMs Development in 2024");
        assertThat(report.period()).isEqualTo("2024");
        assertThat(report.reportId()).isEqualTo("ai-llm-trends-2024");
        assertThat(report.sections()).extracting(Section::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(report.sections()).extracting(Section::title).startsWith(
                "Continued Model Scaling", "Multimodal Capabilities", "Fine-tuning Innovations");
        assertThat(report.sections().get(9).title()).isEqualTo("Human-AI Collaboration");
    }

    @Test
    void closingRemarksAfterThematicBreakAreNotesNotPartOfTheLastSection() throws Exception {
        String text = Files.readString(Path.of("input/ai-llm-trends-2024.md"));
        SourceReport report = parse("r.md", text).report();

        assertThat(report.sections().get(9).body()).endsWith("enhances productivity and creativity.")
                .doesNotContain("This report provides");
        assertThat(report.notes()).anyMatch(n -> n.startsWith("This report provides a detailed overview"));
    }

    @Test
    void aRuleRightUnderAHeadingUnderlinesItAndTheTextBelowStaysInTheSection() throws Exception {
        String md = """
                # Warehouse Automation Trends

                ## Goods-to-person robots
                -----
                Shelves drive to the picker instead of the picker walking the aisles.

                ## Vision-guided sorting
                -----
                Cameras read labels at belt speed and send parcels to the right chute.

                ---

                Closing remark of the editors.
                """;
        SourceReport report = parse("w.md", md).report();

        assertThat(report.sections()).extracting(Section::title)
                .containsExactly("Goods-to-person robots", "Vision-guided sorting");
        assertThat(report.sections().get(0).body()).startsWith("Shelves drive to the picker");
        assertThat(report.sections().get(1).body()).startsWith("Cameras read labels").doesNotContain("Closing remark");
        assertThat(report.notes()).contains("Closing remark of the editors.");
    }

    @Test
    void setextHeadingsAreTitleAndSections() throws Exception {
        String md = """
                Market Outlook 2025
                ===================

                Intro text.

                First trend
                -----------
                Body one.

                Second trend
                ------------
                Body two.
                """;
        SourceReport report = parse("outlook.md", md).report();

        assertThat(report.title()).isEqualTo("Market Outlook 2025");
        assertThat(report.sections()).extracting(Section::title).containsExactly("First trend", "Second trend");
        assertThat(report.sections()).extracting(Section::number).containsExactly(1, 2);
        assertThat(report.notes()).containsExactly("Intro text.");
    }

    @Test
    void frontMatterGivesTitlePeriodAndLanguageWhenThereIsNoH1() throws Exception {
        String md = """
                ---
                title: Tendances de l'IA
                date: 2023-05-01
                language: fr-FR
                ---
                ## Première tendance
                Texte.
                """;
        SourceReport report = parse("tendances.md", md).report();

        assertThat(report.title()).isEqualTo("Tendances de l'IA");
        assertThat(report.period()).isEqualTo("2023-05-01");
        assertThat(report.language()).isEqualTo("fr");
        assertThat(report.sections()).singleElement().extracting(Section::title).isEqualTo("Première tendance");
    }

    @Test
    void severalH1sWithAFrontMatterTitleAreSections() throws Exception {
        String md = """
                ---
                title: Trends
                period: "2022"
                ---
                # One
                a
                # Two
                b
                """;
        SourceReport report = parse("t.md", md).report();

        assertThat(report.title()).isEqualTo("Trends");
        assertThat(report.sections()).extracting(Section::title).containsExactly("One", "Two");
    }

    @Test
    void unnumberedSectionsAreNumberedInOrderAndOtherNumberingFormsAreRead() throws Exception {
        String md = """
                # Report
                ## Alpha
                x
                ## 3) Beta
                y
                ## Gamma
                z
                ## IV. Delta
                w
                ## Section 7: Epsilon
                v
                """;
        SourceReport report = parse("r.md", md).report();

        assertThat(report.sections()).extracting(Section::number).containsExactly(1, 3, 4, 4, 7);
        assertThat(report.sections()).extracting(Section::title)
                .containsExactly("Alpha", "Beta", "Gamma", "Delta", "Epsilon");
    }

    @Test
    void sectionsAtH3WhenThatIsTheFirstLevelBelowTheTitle() throws Exception {
        String md = """
                # Title 2021
                ### A
                text a
                ### B
                text b
                """;
        SourceReport report = parse("x.md", md).report();

        assertThat(report.period()).isEqualTo("2021");
        assertThat(report.sections()).extracting(Section::title).containsExactly("A", "B");
    }

    @Test
    void markdownSyntaxDoesNotLeakIntoBodies() throws Exception {
        String md = """
                # R
                ## 1. Trend
                Some **bold** and _italic_ text with a [link](http://example.com) and `code`.
                <div class="x">raw html</div>

                - first item
                - second item

                | Model | Size |
                |-------|------|
                | GPT-5 | big  |

                ```
                int x = 1;
                ```
                """;
        Section section = parse("r.md", md).report().sections().get(0);

        assertThat(section.body()).contains("Some bold and italic text with a link and code.")
                .contains("first item").contains("second item").contains("GPT-5, big")
                .doesNotContain("**").doesNotContain("](").doesNotContain("<div").doesNotContain("int x")
                .doesNotContain("|");
    }

    @Test
    void brokenFrontMatterIsReportedAndTheBodyStillParsed() throws Exception {
        String md = """
                ---
                title: [unclosed
                ---
                # Real Title
                ## One
                body
                """;
        ParsedReport parsed = parse("r.md", md);

        assertThat(parsed.warnings()).singleElement().asString().startsWith("front matter is not valid YAML");
        assertThat(parsed.report().title()).isEqualTo("Real Title");
        assertThat(parsed.report().sections()).hasSize(1);
    }

    @Test
    void documentWithoutSectionsIsRejectedWithAReason() {
        assertThatThrownBy(() -> parse("r.md", "# Only a title\n\nSome text.\n\n- a\n- b\n"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("no sections found: below its title \"Only a title\" the document has 1 paragraph,"
                        + " 1 list but no headings, bold lines or numbered paragraphs that divide it into parts");
        assertThatThrownBy(() -> parse("r.md", "just prose, no headings at all\n\nand more prose\n"))
                .hasMessage("no sections found: the document has 2 paragraphs but no headings, bold lines or"
                        + " numbered paragraphs that divide it into parts");
        assertThatThrownBy(() -> parse("r.md", "---\ntitle: x\n---\n"))
                .hasMessage("no sections found: the document has no text");
    }

    @Test
    void titleFallsBackToTheFileName() throws Exception {
        SourceReport report = parse("ai_outlook-2026.md", "## A\ntext\n").report();

        assertThat(report.title()).isEqualTo("Ai outlook 2026");
        assertThat(report.period()).isEqualTo("2026");
    }

    @Test
    void pelicanMetadataLinesGiveTitleAndDateAndAreNotBodyText() throws Exception {
        String text = "Title: Club newsletter #12, March 2026\nDate: 2026-03-14 09:30\nAuthor: Desk\n\n"
                + "## Pitch reopens\n\nThe main pitch reopens after the winter works on the drainage.\n\n"
                + "## New coach\n\nA new youth coach joins from the city club next month.\n";
        SourceReport report = parse("club-12.md", text).report();

        assertThat(report.title()).isEqualTo("Club newsletter #12, March 2026");
        assertThat(report.period()).isEqualTo("2026-03-14");
        assertThat(report.sections()).extracting(Section::title).containsExactly("Pitch reopens", "New coach");
        assertThat(report.sections().get(0).body()).doesNotContain("Author");
    }

    @Test
    void aHeadingRightUnderAStrayClosingTagStillDividesTheReport() throws Exception {
        String text = "# Port notes\n\n</p>\n## Cranes replaced\n\nTwo cranes on the east quay were replaced.\n\n"
                + "</p>\n## Night shifts return\n\nNight shifts return on the west side in May.\n";
        SourceReport report = parse("port.md", text).report();

        assertThat(report.sections()).extracting(Section::title).containsExactly("Cranes replaced", "Night shifts return");
    }

    @Test
    void aYearBeforeAColonIsPartOfTheHeadingNotItsNumber() throws Exception {
        assertThat(HeadingNumber.parse("2025 : l'année des agents").numbered()).isFalse();
        assertThat(HeadingNumber.parse("2025 : l'année des agents").title()).isEqualTo("2025 : l'année des agents");
        assertThat(HeadingNumber.parse("12: Grid storage").number()).hasValue(12);
    }

    @Test
    void aLabelWordBeforeAWordStartingWithRomanLettersKeepsTheWord() {
        assertThat(HeadingNumber.parse("Trend Charts").title()).isEqualTo("Trend Charts");
        assertThat(HeadingNumber.parse("Theme civic tech").title()).isEqualTo("Theme civic tech");
        assertThat(HeadingNumber.parse("Trend IV: Storage").number()).hasValue(4);
    }
}
