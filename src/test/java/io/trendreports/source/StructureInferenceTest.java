package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;

/** How the parser reads the shapes of reports in the wild, and what it says about it. */
class StructureInferenceTest {

    private final MarkdownReportParser parser = new MarkdownReportParser();

    private ParsedReport parse(String markdown) throws RejectedInputException {
        return parser.parse(new LoadedFile("r.md", "0".repeat(64), markdown), "r");
    }

    @Test
    void anH2TitleOverH3TrendsIsTheTitleAndTheTrendsAreTheSections() throws Exception {
        ParsedReport parsed = parse("""
                ## Freight outlook 2026
                ### 1. Rail regains share
                Rail freight rose.
                ### 2. Ports automate
                Cranes run remotely.
                """);

        assertThat(parsed.report().title()).isEqualTo("Freight outlook 2026");
        assertThat(parsed.report().sections()).extracting(Section::title)
                .containsExactly("Rail regains share", "Ports automate");
        assertThat(parsed.structure()).isEqualTo("2 sections at H3 under an H2 title");
    }

    @Test
    void headingMarksTypedInsideBoldLinesAreNoPartOfTheTitle() throws Exception {
        ParsedReport parsed = parse("""
                ## Ferry services in 2026

                **1. ## Electric crossings**
                Short routes switch to batteries charged at the quay.

                **2. ## Timetables that follow demand**
                Operators add sailings at peak hours and drop empty ones.

                **3. ## Ticketing by phone**
                Paper tickets give way to codes on phones.
                """);
        assertThat(parsed.report().sections()).extracting(s -> s.title())
                .containsExactly("Electric crossings", "Timetables that follow demand", "Ticketing by phone");
    }

    @Test
    void trendsWhoseSubHeadingsRepeatStayWholeAndAllH1TrendsNeedNoTitle() throws Exception {
        ParsedReport parsed = parse("""
                # **1. Drones survey sites**
                Drones map a site in an hour.
                ### Impact
                Fewer surveyors.
                ### Use cases
                Roads, bridges.
                # **2. Modular housing**
                Factories build rooms.
                ### Impact
                Faster builds.
                ### Use cases
                Student housing.
                """);

        assertThat(parsed.report().title()).isEqualTo("R");
        assertThat(parsed.report().sections()).extracting(Section::title)
                .containsExactly("Drones survey sites", "Modular housing");
        assertThat(parsed.report().sections().get(0).body()).isEqualTo(
                "Drones map a site in an hour.\n\nImpact\n\nFewer surveyors.\n\nUse cases\n\nRoads, bridges.");
        assertThat(parsed.structure()).isEqualTo("2 sections at H1, no title heading (title from the file name)");
    }

    @Test
    void twoPartsBesideFramingPartsGroupTheTrends() throws Exception {
        ParsedReport parsed = parse("""
                # Legal tech review
                ## Introduction
                Why this matters.
                ## Part 1: Courts
                ### 1. Online hearings
                Hearings by video.
                ### 2. E-filing
                Filing by portal.
                ## Part 2: Firms
                ### 3. Contract AI
                Review by model.
                ## Conclusion
                Done.
                """);

        assertThat(parsed.report().sections()).extracting(Section::title)
                .containsExactly("Online hearings", "E-filing", "Contract AI");
        assertThat(parsed.report().sections()).extracting(Section::number).containsExactly(1, 2, 3);
        assertThat(parsed.report().notes()).containsExactly("Introduction", "Why this matters.", "Part 1: Courts",
                "Part 2: Firms", "Conclusion", "Done.");
        assertThat(parsed.structure()).isEqualTo(
                "3 sections at H3 in 2 H2 parts under an H1 title; kept as notes: Introduction, Conclusion");
    }

    @Test
    void numberedParagraphsAreTheSectionsWhenNoHeadingDividesTheBody() throws Exception {
        ParsedReport parsed = parse("""
                # Farming notes
                1. Soil sensors now report moisture every hour across most large farms in the region.

                2. **Vertical farms:** Lettuce grown indoors under LED light reached supermarkets in twelve cities this year.
                """);

        assertThat(parsed.report().sections()).extracting(Section::title)
                .containsExactly("Soil sensors now report moisture every hour across …", "Vertical farms");
        assertThat(parsed.report().sections().get(1).body()).startsWith("Lettuce grown indoors");
        assertThat(parsed.structure()).isEqualTo("2 sections from numbered paragraphs under an H1 title");
    }

    @Test
    void boldLinesAreHeadingsAndThreeChaptersStayWholeWithTheirDottedPoints() throws Exception {
        SourceReport report = parse("""
                **Energy review**

                **1. Solar and wind:**

                **1.1 Solar:**
                Panels got cheaper.

                **1.2 Wind:**
                Turbines got taller.

                **1.3 Storage:**
                Batteries doubled.

                **2. Grid costs:**
                Grids need money.

                **3. Hydrogen:**
                Pilots in ports.
                """).report();

        assertThat(report.title()).isEqualTo("Energy review");
        assertThat(report.sections()).extracting(Section::title)
                .containsExactly("Solar and wind", "Grid costs", "Hydrogen");
        assertThat(report.sections().get(0).body()).isEqualTo(
                "1.1 Solar\n\nPanels got cheaper.\n\n1.2 Wind\n\nTurbines got taller.\n\n1.3 Storage\n\nBatteries doubled.");
    }

    @Test
    void chineseNumeralsAndClosedHeadingsAreRead() throws Exception {
        SourceReport report = parse("""
                # 报告
                ## 一、引言
                背景。
                ## 二、电动汽车
                销量增长。
                ## 三、储能
                成本下降。
                ## 四、结论
                总结。
                """).report();

        assertThat(report.sections()).extracting(Section::title).containsExactly("电动汽车", "储能");
        assertThat(report.sections()).extracting(Section::number).containsExactly(2, 3);
        assertThat(HeadingNumber.parse("趋势三：边缘计算")).isEqualTo(new HeadingNumber(java.util.OptionalInt.of(3), "边缘计算"));
        assertThat(HeadingNumber.parse("4.1 趋势一：平台原生").title()).isEqualTo("平台原生");
        assertThat(NoteHeadings.isNote("综合结论与建议")).isTrue();
        assertThat(NoteHeadings.isNote("GİRİŞ")).isTrue();
        assertThat(parse("# R\n### Key Findings ###:\ntext\n### Conclusion ###:\nend\n").report().sections())
                .extracting(Section::title).containsExactly("Key Findings");
    }

    @Test
    void aLastH1ConclusionDoesNotHideTheH2Trends() throws Exception {
        SourceReport report = parse("# Title\n## 1. A\na\n## 2. B\nb\n# Conclusion\nend\n").report();

        assertThat(report.title()).isEqualTo("Title");
        assertThat(report.sections()).extracting(Section::title).containsExactly("A", "B");
        assertThat(report.notes()).containsExactly("Conclusion", "end");
    }

    @Test
    void rulesAroundTheTitleAreNotFrontMatter() throws Exception {
        SourceReport report = parse("---\n\n# **Care robots**\n\n---\n\n## 1. Lifting aids\nx\n## 2. Night checks\ny\n")
                .report();

        assertThat(report.title()).isEqualTo("Care robots");
        assertThat(report.sections()).hasSize(2);
    }

    @Test
    void brokenFrontMatterStillGivesItsPlainTitleDateAndLanguage() throws Exception {
        ParsedReport parsed = parse("""
                ---
                title: Tendenze della logistica
                tags: [unclosed
                date: 2025-03-01
                language: it
                ---
                ## 1. Magazzini automatici
                testo
                """);

        assertThat(parsed.report().title()).isEqualTo("Tendenze della logistica");
        assertThat(parsed.report().period()).isEqualTo("2025-03-01");
        assertThat(parsed.report().language()).isEqualTo("it");
        assertThat(parsed.warnings()).singleElement().asString()
                .startsWith("front matter is not valid YAML").endsWith("read its plain 'key: value' lines: title, date, language");
    }

    @Test
    void thousandsOfNestedQuotesAndListsAreFlattenedNotRejected() throws Exception {
        StringBuilder deepList = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            deepList.append("  ".repeat(Math.min(i, 400))).append("- level ").append(i).append('\n');
        }
        ParsedReport parsed = parse("# T\n## 1. Quotes\n" + "> ".repeat(50_000) + "deep words\n\n## 2. Lists\n"
                + deepList + "\n## 3. Plain\nplain text\n");

        assertThat(parsed.report().sections()).extracting(Section::title).containsExactly("Quotes", "Lists", "Plain");
        assertThat(parsed.report().sections().get(0).body()).contains("deep words");
        assertThat(parsed.report().sections().get(1).body()).contains("level 0").contains("level 2999");
        assertThat(parsed.warnings()).contains("nesting deeper than 32 levels of lists or quotes was flattened to that depth");
    }

    @Test
    void aReportWrappedInOneMarkdownFenceIsReadFromInside() throws Exception {
        ParsedReport parsed = parse("```markdown\n# Briefing\n## 1. Ports\nBusy.\n```python\nx = 1\n```\n## 2. Rail\nSlow.\n```\n");

        assertThat(parsed.report().title()).isEqualTo("Briefing");
        assertThat(parsed.report().sections()).extracting(Section::title).containsExactly("Ports", "Rail");
        assertThat(parsed.warnings()).containsExactly(
                "the whole file is one code block holding Markdown; its content was read as the report");
        String fencedExample = "# T\n## A\n```markdown\n# not a title\n```\n";
        assertThat(MarkdownFence.unwrap(fencedExample)).isSameAs(fencedExample);
    }

    @Test
    void aFenceNamingNoLanguageIsUnwrappedOnlyWhenTheReportInsideStartsWithAHeading() throws Exception {
        ParsedReport parsed = parse("```\n# Briefing\n## Ports\nBusy.\n## Rail\nSlow.\n```\n");

        assertThat(parsed.report().title()).isEqualTo("Briefing");
        assertThat(parsed.report().sections()).extracting(Section::title).containsExactly("Ports", "Rail");
        String opensWithCode = "```\nrun --fast\n```\n# T\n## A\ntext\n```\nmore code\n```\n";
        assertThat(MarkdownFence.unwrap(opensWithCode)).isSameAs(opensWithCode);
        String codeThenReport = "```python\nx = 1\n```\n# T\n## A\ntext\n```\ny = 2\n```\n";
        assertThat(MarkdownFence.unwrap(codeThenReport)).isSameAs(codeThenReport);
    }

    @Test
    void normalTextIsNotTouchedByTheNestingLimit() {
        String text = "# T\n\n> > quoted\n\n- a\n  - b\n    - c\n";
        assertThat(NestingLimit.flatten(text)).isSameAs(text);
    }

    @Test
    void modelHabitsAreReadThroughAPreambleAFenceRepeatedHeadingsAndAnIntroductionAboveTheTitle() throws Exception {
        ParsedReport parsed = parse("""
                Sure, here is the report you asked for.

                ```markdown
                ## Introduction
                Why it matters.
                # Clinics and AI
                ## Triage bots
                ## Triage bots
                Bots sort patients.
                ## Imaging
                Models read scans.
                ```
                """);

        assertThat(parsed.report().title()).isEqualTo("Clinics and AI");
        assertThat(parsed.report().sections()).extracting(Section::title).containsExactly("Triage bots", "Imaging");
        assertThat(parsed.report().sections().get(0).body()).isEqualTo("Bots sort patients.");
        assertThat(parsed.report().notes()).containsExactly("Sure, here is the report you asked for.", "Introduction",
                "Why it matters.");
    }

    @Test
    void aShortFirstLineOfANumberedItemIsItsLabel() throws Exception {
        SourceReport report = parse("""
                1. Basic facts
                   The company was founded in 1998 and employs four thousand people in three countries.
                2. Market position
                   It holds a third of the regional market for industrial sensors and grows every year.
                """).report();

        assertThat(report.sections()).extracting(Section::title).containsExactly("Basic facts", "Market position");
        assertThat(report.sections().get(0).body()).startsWith("The company was founded");
    }

    @Test
    void unnumberedPartsAroundTheNumberedTrendsFrameThemWhateverTheirName() throws Exception {
        ParsedReport parsed = parse("""
                # Harbour logistics 2026
                ## Setting the scene
                Ports changed a lot this year.
                ## 1. Remote cranes
                Cranes run from control rooms.
                ## 2. Shore power
                Ships plug in at the berth.
                ## 3. Digital customs
                Papers go by portal.
                ## Parting thoughts
                Watch the smaller ports.
                ## Reading list
                A few articles.
                """);

        assertThat(parsed.report().sections()).extracting(Section::title)
                .containsExactly("Remote cranes", "Shore power", "Digital customs");
        assertThat(parsed.report().notes()).contains("Setting the scene", "Parting thoughts", "Reading list");
        assertThat(parsed.structure()).isEqualTo("3 sections at H2 under an H1 title; kept as notes: "
                + "Setting the scene, Parting thoughts, Reading list");
    }

    @Test
    void anUnnumberedPartBetweenNumberedOnesAndFewerThanThreeNumberedPartsStaySections() throws Exception {
        SourceReport between = parse("""
                # Harbour logistics 2026
                ## 1. Remote cranes
                Cranes run from control rooms.
                ## Shore power
                Ships plug in at the berth.
                ## 2. Digital customs
                Papers go by portal.
                ## 3. Green corridors
                Routes with clean fuel.
                """).report();
        SourceReport twoNumbered = parse("""
                # Harbour logistics 2026
                ## 1. Remote cranes
                Cranes run from control rooms.
                ## 2. Shore power
                Ships plug in at the berth.
                ## Green corridors
                Routes with clean fuel.
                """).report();
        SourceReport outOfOrder = parse("""
                # Harbour logistics 2026
                ## 1. Remote cranes
                Cranes run from control rooms.
                ## 3. Shore power
                Ships plug in at the berth.
                ## 7. Digital customs
                Papers go by portal.
                ## Green corridors
                Routes with clean fuel.
                """).report();

        assertThat(between.sections()).extracting(Section::title)
                .containsExactly("Remote cranes", "Shore power", "Digital customs", "Green corridors");
        assertThat(twoNumbered.sections()).extracting(Section::title)
                .containsExactly("Remote cranes", "Shore power", "Green corridors");
        assertThat(outOfOrder.sections()).extracting(Section::title)
                .containsExactly("Remote cranes", "Shore power", "Digital customs", "Green corridors");
    }

    @Test
    void aFramingWordInANameKeepsAnEdgePartAsANoteButATrendNamedAfterRecommendationsStays() throws Exception {
        SourceReport report = parse("""
                # Retail technology 2026
                ## Store Pulse (Quick Summary)
                Three shifts matter this year.
                ## Self-checkout spreads
                Most large stores have it.
                ## Recommendation engines in every app
                Shoppers see picks made for them.
                """).report();
        SourceReport closing = parse("""
                # Retail technology 2026
                ## Self-checkout spreads
                Most large stores have it.
                ## Cashless stores
                No coins at the till.
                ## Retailer outlook and recommendation
                Invest in payments first.
                """).report();

        assertThat(report.sections()).extracting(Section::title)
                .containsExactly("Self-checkout spreads", "Recommendation engines in every app");
        assertThat(report.notes()).contains("Store Pulse (Quick Summary)");
        assertThat(closing.sections()).extracting(Section::title).containsExactly("Self-checkout spreads", "Cashless stores");
        assertThat(closing.notes()).contains("Retailer outlook and recommendation");
    }

    @Test
    void aHeadingWithoutWordsIsARuleUnlessABoldLineUnderItNamesIt() throws Exception {
        ParsedReport parsed = parse("""
                # Port report
                ## ---

                **1. Remote cranes**

                Cranes run from control rooms.
                ## ---

                **2. Shore power**

                Ships plug in at the berth.
                ## ***
                More about shore power.
                """);

        assertThat(parsed.report().sections()).extracting(Section::title).containsExactly("Remote cranes", "Shore power");
        assertThat(parsed.report().sections().get(0).body()).isEqualTo("Cranes run from control rooms.");
        assertThat(parsed.report().sections().get(1).body()).isEqualTo("Ships plug in at the berth.\n\nMore about shore power.");
        assertThat(parsed.structure()).isEqualTo("2 sections at H2 under an H1 title");
    }
}
