package io.trendreports.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    /** "(MCP)", "(LLMs)": an acronym in capitals, spelt out before it. */
    private static final Pattern ACRONYM = Pattern.compile("\\S\\s*[(\\[]\\s*(\\p{Lu}{2,6}s?)\\s*[)\\]]");
    /** "and" between the main subject and a second one, in a matching key (so in lower case). */
    private static final Pattern CONJUNCTION = Pattern.compile(" (and|und|et|y|e|ve) ");
    private static final Pattern SCRIPT_CHANGE = Pattern.compile(
            "(?<=\\p{IsLatin})(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])(?=\\p{IsLatin})");
    private static final Set<String> CONNECTING = Set.of("and", "of", "for", "the", "in", "on", "de", "des", "du",
            "la", "le", "et", "der", "die", "das", "und", "y", "e", "del", "da", "do", "dos", "di");
    /** Spelt out in any language, artificial intelligence is "AI": reports in two languages share the id. */
    private static final Map<String, String> SPELLED_OUT = Map.of(
            "artificial intelligence", "ai", "kunstliche intelligenz", "ai", "intelligence artificielle", "ai",
            "inteligencia artificial", "ai", "intelligenza artificiale", "ai", "yapay zeka", "ai",
            "sztuczna inteligencja", "ai", "kunstmatige intelligentie", "ai");

    public TopicCatalog {
        entries = List.copyOf(entries);
    }

    /**
     * @param names  the label, the id and the aliases, each as a matching key
     * @param covers keys of words that, within another topic's name or the title, make it part of this one
     */
    public record Entry(Topic topic, Set<String> names, List<String> covers, Set<String> sortedNames) {

        public Entry {
            names = Set.copyOf(names);
            covers = List.copyOf(covers);
            sortedNames = Set.copyOf(sortedNames);
        }

        /** @param names matched as written and, with their words in alphabetical order, in any order */
        public Entry(Topic topic, Set<String> names, List<String> covers) {
            this(topic, names, covers, names.stream().map(TopicCatalog::sortedWords).collect(Collectors.toSet()));
        }
    }

    private static String sortedWords(String key) {
        return String.join(" ", new TreeSet<>(List.of(key.split(" "))));
    }

    /**
     * The topic of {@code report}. Its front matter's topic is taken as it is; a topic read from
     * the title is the first part of the title that names a listed topic ("Decoding the Language
     * of Machines: An Exploration of Large Language Models" is about LLMs), else its first part
     * with subject words. A title with none ("Research Report", "Executive Summary") leaves the
     * topic to the body: the listed topic it names most, when it clearly names one most.
     */
    public Topic of(SourceReport report) {
        List<String> parts = TopicTitle.parts(report.title());
        boolean fromTitle = parts.isEmpty() ? report.topic().isBlank() : report.topic().equals(parts.get(0));
        if (!fromTitle) {
            return resolve(report.topic(), report.title());
        }
        for (String part : parts) {
            Entry entry = listed(part);
            if (entry != null) {
                return entry.topic();
            }
        }
        Topic topic = resolve(report.topic(), report.title());
        if (topic.id().equals(Topic.GENERAL.id())) {
            Entry named = TopicMentions.mostNamed(entries, report);
            if (named != null) {
                return named.topic();
            }
        }
        return topic;
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
        Entry entry = listed(name);
        if (entry != null) {
            return entry.topic();
        }
        Topic own = own(name, title);
        // a title's setting ("... in the Age of AI") does not make its subject AI
        return within(own, name + " " + TopicTitle.withoutSetting(title));
    }

    /**
     * The listed topic {@code name} denotes: one of its names, whatever the case, accents,
     * punctuation, plural -s or word order ("LLMs AI"), or one of its names followed by "and
     * ..." ("Cryptocurrency and Blockchain": a title names its main subject first); null for none.
     */
    Entry listed(String name) {
        List<String> keys = new ArrayList<>(keys(name));
        for (String key : List.copyOf(keys)) {
            Matcher and = CONJUNCTION.matcher(key);
            if (and.find() && and.start() > 0) {
                keys.add(key.substring(0, and.start()));
            }
        }
        for (String key : keys) {
            for (Entry entry : entries) {
                if (entry.names().contains(key)) {
                    return entry;
                }
            }
        }
        for (String key : keys) {
            String sorted = sortedWords(key);
            for (Entry entry : entries) {
                if (entry.sortedNames().contains(sorted)) {
                    return entry;
                }
            }
        }
        return null;
    }

    /**
     * A topic no entry lists, its id from the matching key of its name, so that names written
     * alike are one topic: "Artificial Intelligence in Healthcare" = "AI in Healthcare", "Electric
     * Vehicle" = "Electric Vehicles". A name that spells out an acronym in parentheses ("Modelo de
     * Protocolo de Contexto (MCP)") is that acronym, which stays the same across wordings and languages.
     */
    private static Topic own(String name, String title) {
        String initials = sortedLetters(initialsOfAll(name));
        for (String text : List.of(name, title == null ? "" : title)) {
            Matcher acronym = ACRONYM.matcher(text);
            while (acronym.find()) {
                String letters = acronym.group(1).replaceFirst("s$", "");
                // "(DRAFT)" or "(EN)" after a name are not its acronym: the letters must be its initials
                if (sortedLetters(letters.toLowerCase(Locale.ROOT)).equals(initials)) {
                    return new Topic(slug(key(letters)), letters);
                }
            }
        }
        String id = slug(canonical(key(name)));
        return id.isEmpty() ? Topic.GENERAL : new Topic(id, name.strip());
    }

    private static String initialsOfAll(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : key(name.replaceAll("[(\\[][^)\\]]*[)\\]]", " ")).split(" ")) {
            if (!word.isEmpty() && !CONNECTING.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    private static String sortedLetters(String letters) {
        char[] chars = letters.toCharArray();
        Arrays.sort(chars);
        return new String(chars);
    }

    /** The short form of words every language spells out differently: "artificial intelligence" is "ai". */
    private static String canonical(String key) {
        String padded = " " + key + " ";
        for (var spelled : SPELLED_OUT.entrySet()) {
            padded = padded.replace(" " + spelled.getKey() + " ", " " + spelled.getValue() + " ");
        }
        return padded.strip();
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
            for (String alias : all) {
                String initials = initials(alias);
                if (!initials.isEmpty() && owner.putIfAbsent(initials, id) == null) {
                    names.add(initials);
                }
            }
            List<String> covers = new ArrayList<>(names);
            file.texts(e, "covers", where).forEach(w -> covers.add(key(w)));
            covers.removeIf(String::isEmpty);
            entries.add(new Entry(new Topic(id, label), names, List.copyOf(covers)));
        }
        return new TopicCatalog(entries);
    }

    /**
     * The acronym a listed name is written as ("Retrieval Augmented Generation" is "RAG"): the
     * initials of three to five words, connecting words left out; "" for shorter names, where two
     * letters would stand for too many things.
     */
    static String initials(String name) {
        List<String> words = new ArrayList<>(List.of(key(name).split(" ")));
        words.removeIf(CONNECTING::contains);
        if (words.size() < 3 || words.size() > 5 || !words.stream().allMatch(w -> w.matches("[a-z]+"))) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        words.forEach(w -> initials.append(w.charAt(0)));
        return initials.toString();
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

    /**
     * Case, accents, punctuation and plural -s folded away: "Large Language Models" = "large
     * language model"; Latin letters next to Chinese or Japanese ones are words apart ("AI大模型").
     */
    static String key(String name) {
        String folded = SCRIPT_CHANGE.matcher(foldLatin(name).toLowerCase(Locale.ROOT)).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            // "status", "analysis" and "news" are not plurals
            words.add(word.length() > 3 && word.endsWith("s") && !word.matches(".*(ss|us|is|ws)")
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
