package io.trendreports.job;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.trendreports.source.Sha256;
import io.trendreports.store.RecordStore;
import io.trendreports.store.ThemeStore;
import io.trendreports.store.ThemeStore.Assignment;
import io.trendreports.store.ThemeStore.OpenSection;
import io.trendreports.store.ThemeStore.Placement;
import io.trendreports.store.ThemeStore.StoredTheme;
import io.trendreports.themes.DiscoveredTheme;
import io.trendreports.themes.KnownTheme;
import io.trendreports.themes.SectionTheme;
import io.trendreports.themes.ThemeDiscovery;
import io.trendreports.themes.ThemeOverridesFile;
import io.trendreports.themes.ThemeSection;
import io.trendreports.themes.TopicThemes;

/**
 * Gives every section no taxonomy theme fits a discovered theme, topic by topic, across all the
 * run's reports, keeping the themes and placements of earlier runs. It runs over the stored
 * records, so records reused from unchanged files are placed again too: only this cheap step is
 * redone, never the parsing. Running it again gives the same result, so a restart is safe.
 */
public class ThemesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.job");

    private final ThemeStore themes;
    private final RecordStore records;
    private final Supplier<ThemeDiscovery> discovery;
    private final Supplier<ThemeOverridesFile> overrides;

    public ThemesTasklet(ThemeStore themes, RecordStore records, Supplier<ThemeDiscovery> discovery,
                         Supplier<ThemeOverridesFile> overrides) {
        this.themes = themes;
        this.records = records;
        this.discovery = discovery;
        this.overrides = overrides;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        String runId = RunParameters.of(step.getJobParameters()).runId();
        Map<String, List<OpenSection>> byTopic = new LinkedHashMap<>();
        for (OpenSection s : themes.openSections(runId)) {
            byTopic.computeIfAbsent(s.topic(), t -> new ArrayList<>()).add(s);
        }
        long placed = 0;
        long founded = 0;
        ThemeOverridesFile analysts = byTopic.isEmpty() ? ThemeOverridesFile.NONE : overrides.get();
        for (Map.Entry<String, List<OpenSection>> topic : byTopic.entrySet()) {
            TopicThemes result = discover(runId, topic.getKey(), topic.getValue(), analysts);
            placed += result.sections().size();
            founded += result.themes().stream().filter(DiscoveredTheme::isNew).count();
            result.warnings().forEach(w -> log.warn("themes of topic {}: {}", topic.getKey(), w));
        }
        records.forgetSnapshot();
        step.getExecutionContext().putLong(StepCounters.RECORDS, placed);
        log.info("themes: {} section(s) of {} topic(s) placed in discovered themes, {} new theme(s)", placed,
                byTopic.size(), founded);
        return RepeatStatus.FINISHED;
    }

    private TopicThemes discover(String runId, String topic, List<OpenSection> open, ThemeOverridesFile analysts) {
        Map<String, Placement> placements = new LinkedHashMap<>(themes.placements(topic));
        Map<String, String> previous = new LinkedHashMap<>();
        List<ThemeSection> sections = new ArrayList<>(open.size());
        for (OpenSection s : open) {
            List<String> terms = new ArrayList<>(s.keyTerms());
            terms.addAll(s.entities());
            sections.add(new ThemeSection(s.key(), s.reportId(), s.title(), s.text(), s.language(), terms));
            Placement before = placements.get(s.key());
            // a report rewritten in place keeps its section numbers: a new heading is a new section
            if (before != null && before.headingSha().equals(headingSha(s.title()))) {
                previous.put(s.key(), before.themeId());
            }
        }
        List<KnownTheme> known = themes.themes(topic).stream()
                .map(t -> new KnownTheme(t.id(), t.label(), t.signature())).toList();
        TopicThemes result = discovery.get().discover(sections, known, previous, analysts.forTopic(topic));

        List<StoredTheme> kept = result.themes().stream()
                .map(t -> new StoredTheme(t.id(), t.discoveredLabel(), t.signature())).toList();
        List<Assignment> assignments = new ArrayList<>(open.size());
        for (OpenSection s : open) {
            SectionTheme given = result.sections().get(s.key());
            if (given == null) {
                continue;
            }
            DiscoveredTheme theme = result.theme(given.themeId());
            assignments.add(new Assignment(s.reportId(), s.position(), given.themeId(),
                    theme == null ? given.themeId() : theme.label(), Math.round(given.similarity() * 10_000) / 10_000.0));
            placements.put(s.key(), new Placement(given.themeId(), headingSha(s.title())));
        }
        themes.save(runId, topic, kept, placements, assignments);
        return result;
    }

    private static String headingSha(String heading) {
        return Sha256.hex(heading.strip().getBytes(StandardCharsets.UTF_8));
    }
}
