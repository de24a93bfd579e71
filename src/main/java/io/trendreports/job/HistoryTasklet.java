package io.trendreports.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.trendreports.settings.TrendProperties;
import io.trendreports.store.RecordStore;
import io.trendreports.store.StoredEdition;

/**
 * Keeps each topic's earlier editions in the run: those the run this one follows held (read from
 * the folder or remembered itself) whose content is not among tonight's files, so that a report
 * overwritten overnight is still compared with last night's edition. Per topic the newest
 * {@code trend.history.editions} are kept, none first read longer ago than
 * {@code trend.history.max-age}, and none named in {@code trend.history.forget}. Running it again
 * chooses the same editions, so a restart is safe.
 */
public class HistoryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.job");
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final RecordStore store;
    private final TrendProperties.History settings;

    public HistoryTasklet(RecordStore store, TrendProperties.History settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunParameters run = RunParameters.of(step.getJobParameters());
        store.forgetRemembered(run.runId());
        long kept = 0;
        if (run.baseRun() != null && !run.baseRun().equals("-") && settings.editions() > 0) {
            List<StoredEdition> tonight = store.editions(run.runId());
            Set<String> present = new HashSet<>();
            Set<String> ids = new HashSet<>();
            Map<String, Integer> perTopic = new HashMap<>();
            for (StoredEdition e : tonight) {
                present.add(e.sha256());
                ids.add(e.stored().reportId());
                perTopic.merge(e.topic(), 1, Integer::sum);
            }
            for (StoredEdition earlier : store.editions(run.baseRun())) {
                if (present.contains(earlier.sha256()) || forgotten(earlier) || tooOld(earlier, run.startedAt())
                        || perTopic.getOrDefault(earlier.topic(), 0) >= settings.editions()) {
                    continue;
                }
                String id = ids.contains(earlier.stored().reportId())
                        ? earlier.stored().reportId() + "-" + earlier.sha256().substring(0, 8)
                        : earlier.stored().reportId();
                store.remember(earlier.stored(), run.runId(), id);
                present.add(earlier.sha256());
                ids.add(id);
                perTopic.merge(earlier.topic(), 1, Integer::sum);
                kept++;
            }
        }
        step.getExecutionContext().putLong(StepCounters.FILES, kept);
        if (kept > 0) {
            log.info("history: {} earlier edition(s) kept from run {} for their topics' history", kept,
                    run.baseRun());
        }
        return RepeatStatus.FINISHED;
    }

    private boolean forgotten(StoredEdition e) {
        for (String name : settings.forget()) {
            String n = name.strip();
            if (!n.isEmpty() && (n.equals(e.stored().reportId()) || n.equals(e.fileName())
                    || (n.length() >= 8 && e.sha256().startsWith(n.toLowerCase(java.util.Locale.ROOT))))) {
                return true;
            }
        }
        return false;
    }

    private boolean tooOld(StoredEdition e, Instant now) {
        if (settings.maxAge().isZero() || now == null) {
            return false;
        }
        try {
            Instant firstSeen = LocalDateTime.parse(e.firstSeen().substring(0, 15), RUN_TIME).toInstant(ZoneOffset.UTC);
            return Duration.between(firstSeen, now).compareTo(settings.maxAge()) > 0;
        } catch (DateTimeParseException | IndexOutOfBoundsException ex) {
            return false; // a run id of another shape: keep the edition rather than guess
        }
    }
}
