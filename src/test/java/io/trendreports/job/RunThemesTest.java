package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.trendreports.model.Theme;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.store.ThemeStore;

class RunThemesTest {

    @Test
    void writersStartingTogetherShareOneReadOfTheRunsThemes() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        ThemeStore store = new ThemeStore(null, null) {
            @Override
            public List<Theme> runThemes(String runId) {
                reads.incrementAndGet();
                try {
                    Thread.sleep(200); // a grouping query over every record of the run
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }
        };
        RunThemes themes = new RunThemes(() -> KnowledgeBase.load(java.nio.file.Path.of("config")).taxonomy(), store);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Theme>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(writers.submit(() -> {
                start.await();
                return themes.of("run-1");
            }));
        }
        start.countDown();
        List<List<Theme>> got = new ArrayList<>();
        for (Future<List<Theme>> answer : answers) {
            got.add(answer.get());
        }
        writers.shutdown();

        assertThat(reads).hasValue(1);
        assertThat(got).allSatisfy(list -> assertThat(list).isEqualTo(got.get(0)).isNotEmpty());
        themes.of("run-2");
        assertThat(reads).as("another run is read again").hasValue(2);
    }
}
