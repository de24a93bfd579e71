package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;

/** How the parts of reports written by others become sections, notes and clean text. */
class ReportPartsTest {

    private final MarkdownReportParser parser = new MarkdownReportParser();

    private ParsedReport parse(String markdown) throws RejectedInputException {
        return parser.parse(new LoadedFile("r.md", "0".repeat(64), markdown), "r");
    }

    @Test
    void closingAndIntroductoryPartsAtSectionLevelBecomeNotesInAnyLanguage() throws Exception {
        String md = """
                # Bericht 2025
                ## Einleitung
                Worum es geht.
                ## 1. Offene Modelle
                Trend eins.
                ## 2. Regulierung
                Trend zwei.
                ## Anhang: Methodik
                Befragung im Oktober.
                ## Fazit
                Alles wird gut.
                """;
        SourceReport report = parse(md).report();

        assertThat(report.sections()).extracting(Section::title).containsExactly("Offene Modelle", "Regulierung");
        assertThat(report.sections().get(1).body()).isEqualTo("Trend zwei.");
        assertThat(report.notes()).containsExactly("Einleitung", "Worum es geht.", "Anhang: Methodik",
                "Befragung im Oktober.", "Fazit", "Alles wird gut.");
    }

    @Test
    void noteHeadingsInOtherLanguagesAndNumberedForms() {
        assertThat(NoteHeadings.isNote("Conclusion")).isTrue();
        assertThat(NoteHeadings.isNote("Conclusión")).isTrue();
        assertThat(NoteHeadings.isNote("Conclusion and outlook")).isTrue();
        assertThat(NoteHeadings.isNote("Méthodologie")).isTrue();
        assertThat(NoteHeadings.isNote("About this report")).isTrue();
        assertThat(NoteHeadings.isNote("Appendix — survey questions")).isTrue();
        assertThat(NoteHeadings.isNote("References")).isTrue();
        // a trend whose title merely starts with such a word stays a trend
        assertThat(NoteHeadings.isNote("Sources of bias in training data")).isFalse();
        assertThat(NoteHeadings.isNote("Summary statistics are misleading")).isFalse();
        assertThat(NoteHeadings.isNote("Open source")).isFalse();
    }

    @Test
    void noteHeadingsInScriptsWithVowelSignsAndClosingShapes() {
        // Telugu and Hindi words end in vowel signs (marks, not letters): they must survive the trim
        assertThat(NoteHeadings.isNote("ఎగ్జిక్యూటివ్ సారాంశం")).isTrue();
        assertThat(NoteHeadings.isNote("సిఫార్సులు")).isTrue();
        assertThat(NoteHeadings.isNote("सिफ़ारिशें")).isTrue();
        assertThat(NoteHeadings.isNote("Вводная часть")).isTrue();
        assertThat(NoteHeadings.isNote("Next validation steps")).isTrue();
        assertThat(NoteHeadings.isNote("References for further exploration")).isTrue();
        assertThat(NoteHeadings.isNote("发展趋势与建议")).isTrue();
        assertThat(NoteHeadings.isNote("关键指标汇总表")).isTrue();
        // a trend that only contains such a word in its middle stays a trend
        assertThat(NoteHeadings.isNote("建议系统的普及")).isFalse();
        assertThat(NoteHeadings.isNote("Next-generation batteries")).isFalse();
        // "Introduction to ..." is left to the caller, who knows whether it opens the report
        assertThat(NoteHeadings.isNote("Introduction to the chat interface")).isFalse();
        assertThat(NoteHeadings.isIntroductionTo("Introduction to the chat interface")).isTrue();
    }

    @Test
    void citationsSummariesChecklistsAndSummaryTablesInMoreLanguages() {
        assertThat(NoteHeadings.isNote("资料与引用")).isTrue();
        assertThat(NoteHeadings.isNote("주간 동향 요약 (2026-03-01 ~ 2026-03-07)")).isTrue();
        assertThat(NoteHeadings.isNote("주간 경영 요약 및 시사점")).isTrue();
        assertThat(NoteHeadings.isNote("🎯 에디터 분석")).isTrue();
        assertThat(NoteHeadings.isNote("Conclusões Finais")).isTrue();
        assertThat(NoteHeadings.isNote("Tabela Comparativa Resumida: três tipos")).isTrue();
        assertThat(NoteHeadings.isNote("Tabla resumen")).isTrue();
        assertThat(NoteHeadings.isNote("Checklist for a first season")).isTrue();
        assertThat(NoteHeadings.isNote("Launch checklist")).isTrue();
        // a trend that merely mentions such a word stays a trend
        assertThat(NoteHeadings.isNote("引用格式的变化")).isFalse();
        assertThat(NoteHeadings.isNote("Checklists replace manuals on factory floors")).isFalse();
        assertThat(NoteHeadings.isNote("Tables turn for retailers")).isFalse();
    }

    @Test
    void sectionAndArticleNumberWordsInMoreLanguagesAreStripped() {
        assertThat(HeadingNumber.parse("Secção 2: A Segurança nas Ruas").title()).isEqualTo("A Segurança nas Ruas");
        assertThat(HeadingNumber.parse("Seção 3 - Custos").number()).hasValue(3);
        assertThat(HeadingNumber.parse("Article 1: Libraries Lend Tools").title()).isEqualTo("Libraries Lend Tools");
        assertThat(HeadingNumber.parse("① 시장 개요")).isEqualTo(new HeadingNumber(java.util.OptionalInt.of(1), "시장 개요"));
        assertThat(HeadingNumber.parse("⑫ Pricing").number()).hasValue(12);
        assertThat(HeadingNumber.parse("❸ Logistics").number()).hasValue(3);
        assertThat(HeadingNumber.parse("➓ Outlook").number()).hasValue(10);
        assertThat(HeadingNumber.parse("Artículo 4. Reglas").number()).hasValue(4);
        assertThat(HeadingNumber.parse("Articles of faith").numbered()).isFalse();
    }

    @Test
    void aLetteredOrSharedPartNumberIsOneNumberWord() {
        assertThat(HeadingNumber.parse("Part 1a: Spread Analysis").title()).isEqualTo("Spread Analysis");
        assertThat(HeadingNumber.parse("Part 1b/1c: Storage Strategies").title()).isEqualTo("Storage Strategies");
        assertThat(HeadingNumber.parse("Part 1b/1c: Storage Strategies").number()).hasValue(1);
        assertThat(HeadingNumber.parse("Part 2: Peak Shaving").title()).isEqualTo("Peak Shaving");
    }

    @Test
    void accentlessCapitalsAndTheLimitsOfAStudyAreFramingButATrendAboutLimitsIsNot() {
        assertThat(NoteHeadings.isNote("RECOMENDACOES")).isTrue();
        assertThat(NoteHeadings.isNote("CONCLUSAO")).isTrue();
        assertThat(NoteHeadings.isNote("数据局限性")).isTrue();
        assertThat(NoteHeadings.isNote("Limitations")).isTrue();
        assertThat(NoteHeadings.isNote("Export limits tighten")).isFalse();
        assertThat(NoteHeadings.isNote("出口限制收紧")).isFalse();
        assertThat(NoteHeadings.isNote("Data privacy rules")).isFalse();
        assertThat(NoteHeadings.isConclusion("採用方針の結論")).isTrue();
        assertThat(NoteHeadings.isConclusion("Summary and conclusions")).isFalse();
        assertThat(NoteHeadings.isConclusion("Recommendations")).isFalse();
    }

    @Test
    void numberedClosingSectionIsANoteAndNumberingOfTrendsIsKept() throws Exception {
        SourceReport report = parse("""
                # Memo
                ## Section 1: Compute
                a
                ## Section 2: Methodology
                b
                ## Section 3: Voice
                c
                """).report();

        assertThat(report.sections()).extracting(Section::number).containsExactly(1, 3);
        assertThat(report.notes()).contains("Section 2: Methodology", "b");
    }

    @Test
    void wordsThatNumberSeveralHeadingsAreALabelAndOneNumberedNameIsNot() throws Exception {
        SourceReport report = parse("""
                # Ideas
                ## Case Study 1: Harbour Ferries
                a
                ## Case Study 2: Night Buses
                b
                ## Windows 11: Office Rollout
                c
                """).report();

        assertThat(report.sections()).extracting(Section::title)
                .containsExactly("Harbour Ferries", "Night Buses", "Windows 11: Office Rollout");
        assertThat(report.sections()).extracting(Section::number).startsWith(1, 2);
    }

    @Test
    void emptyNumberedChaptersAtTheLevelOfTheirSubPartsHoldThem() throws Exception {
        SourceReport report = parse("""
                # Review
                ## 1) Ridership
                ## Latest figures
                Weekday trips rose nine percent.
                ## Budget
                Fares cover a third of costs.
                ## 2) Fares
                ## Contactless
                Half of all trips are tapped.
                ## 3) Projects
                ## Tram line
                Construction started in October.
                ## Conclusion
                Growing again.
                """).report();

        assertThat(report.sections()).extracting(Section::title).containsExactly("Ridership", "Fares", "Projects");
        assertThat(report.sections().get(0).body()).contains("Weekday trips rose", "Fares cover a third");
        assertThat(report.sections().get(2).body()).contains("Construction started").doesNotContain("Growing again");
    }

    @Test
    void aReportMadeOnlyOfSuchPartsKeepsThemAsSections() throws Exception {
        SourceReport report = parse("# R\n## Summary\ntext\n## Conclusion\nmore\n").report();

        assertThat(report.sections()).extracting(Section::title).containsExactly("Summary", "Conclusion");
    }

    @Test
    void h1SectionsWithoutATitleHeading() throws Exception {
        SourceReport report = parse("""
                ---
                title: Informe
                ---
                # Introducción
                Texto.
                # Modelos abiertos
                Uno.
                # Regulación
                Dos.
                """).report();

        assertThat(report.title()).isEqualTo("Informe");
        assertThat(report.sections()).extracting(Section::title).containsExactly("Modelos abiertos", "Regulación");
    }

    @Test
    void rawHtmlKeepsItsVisibleTextAndDropsTagsScriptsAndComments() throws Exception {
        Section section = parse("""
                # R
                ## Trend
                <div class="callout">
                <p>Regulators &amp; courts <b>act</b>.</p>
                <script>alert('x')</script><!-- hidden -->
                </div>

                Inline <em>emphasis</em> and a<br>break &eacute;t&eacute; &copy; 2025.
                """).report().sections().get(0);

        assertThat(section.body()).isEqualTo("Regulators & courts act.\n\nInline emphasis and a break été © 2025.");
    }

    @Test
    void imagesBecomeTheirAltTextAndNestedListsTheirItems() throws Exception {
        Section section = parse("""
                # R
                ## Trend
                ![Chart of GPU prices](img/chart.png) and <img src="x.png" alt="a photo of a data centre">

                - outer item
                  - inner item with [a link](https://example.com)
                    1. deepest item
                - last item
                """).report().sections().get(0);

        assertThat(section.body()).contains("Chart of GPU prices").contains("a photo of a data centre")
                .contains("outer item").contains("inner item with a link").contains("deepest item")
                .contains("last item").doesNotContain("](").doesNotContain("<img").doesNotContain("img/chart.png");
    }

    @Test
    void altTextInsideAParagraphBecomesItsOwnParagraphAfterIt() throws Exception {
        Section section = parse("""
                # R
                ## Trend
                GPU prices fell ![Chart of GPU prices](chart.png) sharply in 2024. Buyers <img src="p.png" alt="Photo of a rack"> waited.

                | a | b |
                |---|---|
                | ![cell image](c.png) | 2 |
                """).report().sections().get(0);

        assertThat(section.body()).isEqualTo("GPU prices fell sharply in 2024. Buyers waited.\n\n"
                + "Chart of GPU prices\n\nPhoto of a rack\n\na, b\n\ncell image, 2");
    }

    @Test
    void unclosedFrontMatterIsReportedAndTheBodyStillParsed() throws Exception {
        ParsedReport parsed = parse("""
                ---
                title: Never closed
                date: 2024

                # Real Title
                ## One
                body
                """);

        assertThat(parsed.warnings()).singleElement().asString().contains("no closing '---'");
        assertThat(parsed.report().title()).isEqualTo("Real Title");
        assertThat(parsed.report().sections()).extracting(Section::title).containsExactly("One");
        assertThat(parsed.report().sections().get(0).body()).isEqualTo("body");
    }
}
