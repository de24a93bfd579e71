package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.model.Theme;

class KnowledgeBaseTest {

    @TempDir
    Path dir;

    @Test
    void shippedConfigurationLoadsWithOtherLast() {
        KnowledgeBase kb = KnowledgeBase.load(Path.of("config"));
        assertThat(kb.taxonomy().themes()).hasSize(11)
                .startsWith(new Theme("model-scaling", "Model scaling"))
                .endsWith(new Theme("other", "Other"));
        assertThat(kb.entities().entities()).extracting(EntityDefinition::name).contains("OpenAI", "GPT-5");
        assertThat(kb.sectors().sectors()).extracting(SectorDefinition::label).contains("healthcare");
    }

    @Test
    void filesMissingFromTheConfigDirComeFromTheClasspath() throws IOException {
        Files.writeString(dir.resolve("taxonomy.yml"), """
                themes:
                  - {id: robots, label: Robots, keywords: [robot]}
                """);
        KnowledgeBase kb = KnowledgeBase.load(dir);
        assertThat(kb.taxonomy().themes()).containsExactly(new Theme("robots", "Robots"), new Theme("other", "Other"));
        assertThat(kb.entities().entities()).isNotEmpty();
        assertThat(kb.sectors().sectors()).isNotEmpty();
    }

    @Test
    void otherIsMovedLastWhereverTheFileListsIt() throws IOException {
        Files.writeString(dir.resolve("taxonomy.yml"), """
                themes:
                  - {id: other, label: Miscellaneous}
                  - {id: robots, label: Robots, keywords: [robot]}
                """);
        assertThat(KnowledgeBase.load(dir).taxonomy().themes())
                .containsExactly(new Theme("robots", "Robots"), new Theme("other", "Miscellaneous"));
    }

    @Test
    void brokenYamlNamesTheFile() throws IOException {
        Files.writeString(dir.resolve("entities.yml"), "entities:\n  - {name: OpenAI, aliases: [Open AI\n");
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(dir.resolve("entities.yml").toString())
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void missingFieldNamesTheFileAndTheEntry() throws IOException {
        Files.writeString(dir.resolve("taxonomy.yml"), """
                themes:
                  - {id: robots, label: Robots, keywords: [robot]}
                  - {id: drones, keywords: [drone]}
                """);
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeFileException.class)
                .hasMessageContaining("taxonomy.yml")
                .hasMessageContaining("theme 'drones' has no 'label'");
    }

    @Test
    void wrongTopLevelShapeIsExplained() throws IOException {
        Files.writeString(dir.resolve("sectors.yml"), "- education\n- healthcare\n");
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .hasMessageContaining("sectors.yml")
                .hasMessageContaining("top-level 'sectors:' list");
    }

    @Test
    void duplicateThemeIdsAreRejected() throws IOException {
        Files.writeString(dir.resolve("taxonomy.yml"), """
                themes:
                  - {id: robots, label: Robots, keywords: [robot]}
                  - {id: robots, label: Robotics, keywords: [robotics]}
                """);
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .hasMessageContaining("taxonomy.yml").hasMessageContaining("'robots' appears more than once");
    }

    @Test
    void unquotedYesIsReportedRatherThanTurnedIntoTrue() throws IOException {
        Files.writeString(dir.resolve("taxonomy.yml"), """
                themes:
                  - {id: robots, label: Robots, keywords: [robot, yes]}
                """);
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .hasMessageContaining("taxonomy.yml").hasMessageContaining("quotes");
    }

    @Test
    void aliasClaimedByTwoEntitiesIsRejected() throws IOException {
        Files.writeString(dir.resolve("entities.yml"), """
                entities:
                  - {name: Google, aliases: [DeepMind]}
                  - {name: Alphabet, aliases: [DeepMind]}
                """);
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .hasMessageContaining("entities.yml").hasMessageContaining("'DeepMind'");
    }
}
