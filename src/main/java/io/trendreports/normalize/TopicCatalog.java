package io.trendreports.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trendreports.model.SourceReport;
import io.trendreports.source.TopicTitle;

/**
 * The topics of {@code topics.yml}: an id and label per topic, with the other names reports use
 * for it ("Large Language Models" = "LLMs" = "AI LLMs"), and the words that make another topic a
 * part of it ("AI in Healthcare" is within the AI topic: it gets its taxonomies, and stays a
 * series of its own). A topic no entry names gets an id made from its own words, so reports that
 * name it alike are still one topic.
 */
public record TopicCatalog(List<Entry> entries) {

    public static final String FILE = "topics.yml";
    private static final Pattern PARENTHESES = Pattern.compile("\\s*[(\\[]([^)\\]]*)[)\\]]\\s*");

    public TopicCatalog {
        entries = List.copyOf(entries);
    }

    /**
     * @param names  the label, the id and the aliases, each as a matching key
     * @param covers keys of words that, within another topic's name or the title, make it part of this one
     */
    public record Entry(Topic topic, Set<String> names, List<String> covers) {
    }

    /** The topic of {@code report}: what its front matter or its title names. */
    public Topic of(SourceReport report) {
        return resolve(report.topic(), report.title());
    }

    /**
     * The topic that {@code name} (a front matter topic, or the subject words of a title) denotes;
     * {@code title}, without the setting of its subject, is searched too for the words that place
     * it within a listed topic.
     */
    public Topic resolve(String name, String title) {
        if (name == null || name.isBlank()) {
            return within(Topic.GENERAL, title);
        }
        List<String> keys = keys(name);
        for (Entry entry : entries) {
            for (String key : keys) {
                if (entry.names().contains(key)) {
                    return entry.topic();
                }
            }
        }
        String id = slug(name);
        Topic own = id.isEmpty() ? Topic.GENERAL : new Topic(id, name.strip());
        // a title's setting ("... in the Age of AI") does not make its subject AI
        return within(own, name + " " + TopicTitle.withoutSetting(title));
    }

    /** {@code own}, placed within the first listed topic whose covering words the text contains. */
    private Topic within(Topic own, String text) {
        String padded = " " + key(text == null ? "" : text) + " ";
        for (Entry entry : entries) {
            for (String cover : entry.covers()) {
                if (padded.contains(" " + cover + " ") || (unspaced(cover) && padded.contains(cover))) {
                    return new Topic(own.id(), own.label(), entry.topic().id());
                }
            }
        }
        return own;
    }

    static TopicCatalog from(YamlFile file) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        int n = 0;
        for (Map<?, ?> e : file.entries("topics")) {
            n++;
            String id = file.text(e, "id", "topic #" + n);
            String where = "topic '" + id + "'";
            String label = file.text(e, "label", where);
            Set<String> names = new HashSet<>();
            List<String> all = new ArrayList<>(List.of(id, label));
            all.addAll(file.texts(e, "aliases", where));
            for (String alias : all) {
                for (String key : keys(alias)) {
                    String before = owner.putIfAbsent(key, id);
                    if (before != null && !before.equals(id)) {
                        throw file.error("'" + alias + "' names both topic '" + before + "' and topic '" + id + "'");
                    }
                    names.add(key);
                }
            }
            List<String> covers = new ArrayList<>(names);
            file.texts(e, "covers", where).forEach(w -> covers.add(key(w)));
            covers.removeIf(String::isEmpty);
            entries.add(new Entry(new Topic(id, label), names, List.copyOf(covers)));
        }
        return new TopicCatalog(entries);
    }

    /** Chinese, Japanese and Korean words stand in a title without spaces around them. */
    private static boolean unspaced(String cover) {
        return cover.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        });
    }

    /** The matching keys of a name: the whole, and without or only its parenthesis ("LLMs (Large ...)"). */
    static List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        keys.add(key(name));
        Matcher m = PARENTHESES.matcher(name);
        if (m.find()) {
            String inside = m.group(1);
            keys.add(key(m.replaceAll(" ")));
            keys.add(key(inside));
        }
        keys.removeIf(String::isEmpty);
        return keys;
    }

    /** Case, accents, punctuation and plural -s folded away: "Large Language Models" = "large language model". */
    static String key(String name) {
        String folded = foldLatin(name).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                    ? word.substring(0, word.length() - 1) : word);
        }
        return String.join(" ", words);
    }

    /** An id from the topic's own words: lower case, accents kept off, words joined by hyphens. */
    static String slug(String name) {
        String folded = foldLatin(name).toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() <= 64) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', 64);
        return slug.substring(0, cut > 20 ? cut : 64);
    }

    /**
     * Accents off Latin letters only ("é" -> "e"): in other scripts the marks are part of the
     * letter (Japanese "ビ" is not "ヒ", Russian "й" is not "и").
     */
    static String foldLatin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                out.append(Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}+", ""));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
