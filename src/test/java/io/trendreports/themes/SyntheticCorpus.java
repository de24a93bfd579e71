package io.trendreports.themes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Many sections made by recombining the labelled ones: a synthetic report of a topic takes one
 * language and a few of the topic's trends; each of its sections has the title of a labelled
 * section of that trend and language, and a body of sentences drawn from all labelled sections of
 * that trend and language. Labels stay known, so quality can be measured at scale too.
 */
final class SyntheticCorpus {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s*");

    private SyntheticCorpus() {
    }

    /** @return topic to labelled sections, oldest report first, {@code total} sections in all */
    static Map<String, List<LabelledSet.LabelledSection>> generate(LabelledSet set, int total, boolean oneTopic, long seed) {
        Random random = new Random(seed);
        // topic -> language -> trend -> titles / sentences
        Map<String, Map<String, Map<String, Pool>>> pools = new LinkedHashMap<>();
        set.topics().forEach((topic, sections) -> {
            for (LabelledSet.LabelledSection s : sections) {
                Pool p = pools.computeIfAbsent(topic, t -> new TreeMap<>())
                        .computeIfAbsent(s.section().language(), l -> new TreeMap<>())
                        .computeIfAbsent(s.trend(), t -> new Pool());
                p.titles.add(s.section().title());
                for (String sentence : SENTENCE_END.split(s.section().text().replace("\n\n", " "))) {
                    if (sentence.strip().length() > 20) {
                        p.sentences.add(sentence.strip());
                    }
                }
            }
        });
        List<String> topics = new ArrayList<>(pools.keySet());
        Map<String, List<LabelledSet.LabelledSection>> out = new LinkedHashMap<>();
        int made = 0;
        for (int report = 0; made < total; report++) {
            String topic = topics.get(report % topics.size());
            Map<String, Map<String, Pool>> byLanguage = pools.get(topic);
            // English most of the time, as in the labelled set
            List<String> languages = new ArrayList<>(byLanguage.keySet());
            String language = random.nextInt(4) > 0 && byLanguage.containsKey("en") ? "en"
                    : languages.get(random.nextInt(languages.size()));
            List<String> trends = new ArrayList<>(byLanguage.get(language).keySet());
            Collections.shuffle(trends, random);
            int sections = Math.min(trends.size(), 6 + random.nextInt(4));
            String reportId = topic + "-r" + report;
            String outTopic = oneTopic ? "all" : topic;
            for (int i = 0; i < sections && made < total; i++, made++) {
                String trend = trends.get(i);
                Pool p = byLanguage.get(language).get(trend);
                String title = p.titles.get(random.nextInt(p.titles.size()));
                StringBuilder body = new StringBuilder();
                int n = 5 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    body.append(p.sentences.get(random.nextInt(p.sentences.size()))).append(' ');
                }
                ThemeSection s = new ThemeSection(reportId + "#" + (i + 1), reportId, title, body.toString().strip(),
                        language, List.of());
                // in one topic, trend ids of different topics must not meet
                out.computeIfAbsent(outTopic, t -> new ArrayList<>()).add(new LabelledSet.LabelledSection(s, topic + "/" + trend));
            }
        }
        return out;
    }

    private static final class Pool {
        final List<String> titles = new ArrayList<>();
        final List<String> sentences = new ArrayList<>();
    }
}
