package io.trendreports.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.normalize.KnowledgeFileException;

class ThemeOverridesTest {

    private static final ThemeDiscovery DISCOVERY = new ThemeDiscovery();
    private static final String A = "fx-market-outlook-2025";
    private static final String B = "currency-markets-briefing";

    private final List<ThemeSection> sections = ThemeTestData.sections("forex", A, B);
    private final TopicThemes first = DISCOVERY.discover(sections);

    private TopicThemes rerun(String yaml) {
        TopicOverrides o = ThemeOverridesFile.parse("test.yml", yaml).forTopic("forex");
        return DISCOVERY.discover(sections, ThemeTestData.known(first), ThemeTestData.previous(first), o);
    }

    @Test
    void theBundledFileHoldsNoOverrides() {
        assertThat(ThemeOverridesFile.load(Path.of("config")).forTopic("forex").isEmpty()).isTrue();
    }

    @Test
    void aMissingFileMeansNoOverrides(@TempDir Path dir) {
        assertThat(ThemeOverridesFile.load(dir).forTopic("forex")).isEqualTo(TopicOverrides.NONE);
    }

    @Test
    void theFileIsReadFromTheConfigFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ThemeOverridesFile.FILE), "overrides:\n  - {topic: forex, rename: d-1, label: X}\n");
        assertThat(ThemeOverridesFile.load(dir).forTopic("forex").renames()).containsEntry("d-1", "X");
        assertThat(ThemeOverridesFile.load(dir).forTopic("law").isEmpty()).isTrue();
    }

    @Test
    void aRenameChangesTheLabelShownButNotTheOneStored() {
        String id = first.themeOf(A + "#1");
        String discovered = first.theme(id).label();
        TopicThemes r = rerun("overrides:\n  - topic: forex\n    rename: " + id + "\n    label: Rate gaps\n");
        assertThat(r.theme(id).label()).isEqualTo("Rate gaps");
        assertThat(r.theme(id).discoveredLabel()).isEqualTo(discovered);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aMergeMovesTheSectionsAndKeepsTheTarget() {
        String into = first.themeOf(A + "#1");
        String from = first.themeOf(A + "#2");
        TopicThemes r = rerun("overrides:\n  - topic: forex\n    merge: [" + from + "]\n    into: " + into + "\n");
        assertThat(r.theme(from)).isNull();
        assertThat(r.mergedInto()).containsEntry(from, into);
        assertThat(r.themeOf(A + "#2")).isEqualTo(into);
        assertThat(r.theme(into).sectionIds()).containsAll(first.theme(from).sectionIds());
        assertThat(r.theme(into).label()).isEqualTo(first.theme(into).label());
    }

    @Test
    void aPinBeatsWhatDiscoveryAndTheLastRunSaid() {
        String target = first.themeOf(A + "#8");
        TopicThemes r = rerun("overrides:\n  - topic: forex\n    pin: '" + B + "#1'\n    theme: " + target + "\n");
        assertThat(r.sections().get(B + "#1").themeId()).isEqualTo(target);
        assertThat(r.sections().get(B + "#1").kind()).isEqualTo(AssignmentKind.PINNED);
    }

    @Test
    void aPinnedNewSectionDoesNotFoundATheme() {
        TopicThemes once = DISCOVERY.discover(ThemeTestData.sections("forex", A));
        String target = once.themeOf(A + "#3");
        TopicOverrides pin = new TopicOverrides(Map.of(), Map.of(), Map.of(B + "#5", target));
        TopicThemes r = DISCOVERY.discover(sections, ThemeTestData.known(once), ThemeTestData.previous(once), pin);
        assertThat(r.themeOf(B + "#5")).isEqualTo(target);
    }

    @Test
    void unknownIdsAreWarningsNotErrors() {
        TopicThemes r = rerun("overrides:\n  - {topic: forex, rename: d-00000000, label: Nothing}\n"
                + "  - {topic: forex, pin: 'nope#1', theme: d-00000000}\n"
                + "  - {topic: forex, merge: [d-11111111], into: d-00000000}\n");
        assertThat(r.warnings()).hasSize(3);
        assertThat(r.themes()).hasSameSizeAs(first.themes());
    }

    @Test
    void aFileThatContradictsItselfIsRejectedWithWhere() {
        assertThatThrownBy(() -> ThemeOverridesFile.parse("o.yml", "overrides:\n  - {topic: t, rename: d-1, label: A}\n"
                + "  - {topic: t, rename: d-1, label: B}\n"))
                .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("o.yml").hasMessageContaining("override #2")
                .hasMessageContaining("renamed twice");
        assertThatThrownBy(() -> ThemeOverridesFile.parse("o.yml", "overrides:\n  - {topic: t, merge: [d-1], into: d-1}\n"))
                .hasMessageContaining("into itself");
        assertThatThrownBy(() -> ThemeOverridesFile.parse("o.yml", "overrides:\n  - {topic: t, rename: d-1, label: A, pin: 'r#1', theme: d-1}\n"))
                .hasMessageContaining("exactly one of");
        assertThatThrownBy(() -> ThemeOverridesFile.parse("o.yml", "overrides:\n  - {rename: d-1, label: A}\n"))
                .hasMessageContaining("has no 'topic'");
        assertThatThrownBy(() -> ThemeOverridesFile.parse("o.yml", "overrides: [unclosed"))
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void anEmptyFileHoldsNoOverrides() {
        assertThat(ThemeOverridesFile.parse("o.yml", "# nothing yet\n").forTopic("t").isEmpty()).isTrue();
    }
}
