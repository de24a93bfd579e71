package io.trendreports.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a report is about, read from its title: the words left once the report words, dates and
 * edition words at either end are gone ("Comprehensive Report on AI LLMs Development in 2024"
 * is about "AI LLMs"). Only the ends are trimmed, so "AI in Healthcare" keeps its "in". A title
 * in parts ("Quantum Computing: Trends and Outlook 2025") gives its first part with words left:
 * the subject comes first, the subtitle after ("2025 Report: Quantum Computing" gives the second).
 */
public final class TopicTitle {

    /** Words that dress a title up rather than say its subject, in the languages reports come in. */
    private static final Set<String> GENERIC = Set.of(
            // en
            "a", "an", "the", "of", "on", "in", "into", "for", "to", "and", "about", "at", "by", "with", "from",
            "report", "reports", "comprehensive", "detailed", "annual", "yearly", "quarterly", "monthly", "weekly",
            "state", "outlook", "overview", "review", "analysis", "survey", "study", "research", "brief", "briefing",
            "trend", "trends", "key", "top", "emerging", "latest", "recent",
            "insights", "development", "developments", "advances", "advancements", "progress", "landscape",
            "guide", "update", "updates", "edition", "year", "years", "ahead", "beyond", "forecast", "forecasts",
            "predictions", "summary", "roundup", "status", "evolution", "innovations", "innovation", "directions",
            "transition", "findings", "crew", "decision", "makers", "daily", "news", "results", "final",
            "applications", "impact", "implications", "challenges", "opportunities", "prospects", "their", "its",
            "deep", "dive", "strategic", "debate", "market-debate", "executive", "white", "paper", "whitepaper",
            "current", "future", "exploration", "exploring", "understanding", "in-depth", "capabilities",
            "ecosystem", "where", "now", "today", "advancement", "movement", "movements", "document", "documents",
            "article", "articles", "collection", "summaries",
            // the roles a research crew's agents are given, which some crews print as the title
            "reporting", "analyst", "analysts", "researcher", "researchers", "senior",
            "futuro", "futur", "avenir", "zukunft", "pesquisa", "investigación", "investigacion", "recherche",
            "forschung", "qual", "cuál", "cual", "quel", "quelle",
            "detallado", "detalhado", "completo", "completa", "relatório-final", "resumen", "resumo", "sintesis",
            // ru, ko, tr
            "отчет", "отчёт", "доклад", "тренды", "тенденции", "анализ", "обзор", "развитие", "прогноз", "в", "и",
            "на", "по", "года", "год", "보고서", "동향", "심층", "분석", "전망", "트렌드", "연구", "rapor", "raporu",
            "trendleri", "analizi", "ve", "yılı",
            "what", "s", "next", "looking",
            "q1", "q2", "q3", "q4", "h1", "h2",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "spring", "summer", "autumn", "fall", "winter",
            // fr
            "rapport", "rapports", "tendance", "tendances", "sur", "les", "des", "de", "du", "la", "le", "l", "d",
            "en", "dans", "et", "état", "etat", "perspectives", "analyse", "évolution", "évolutions", "année",
            "développement", "développements", "annuel", "annuelle", "synthèse", "panorama", "principales",
            "principaux", "clés", "cles", "nouvelles", "édition",
            // de
            "bericht", "berichte", "jahresbericht", "zu", "zur", "zum", "der", "die", "das", "im", "über", "ueber",
            "und", "von", "entwicklung", "entwicklungen", "ausblick", "überblick", "wichtigste", "wichtigsten",
            "ausgabe", "jahr",
            // es, pt, it
            "informe", "relatório", "relatorio", "tendencias", "tendências", "sobre", "del", "da", "do",
            "dos", "em", "los", "las", "os", "as", "el", "o", "y", "e", "análisis", "análise", "analise",
            "desarrollo", "desarrollos", "desenvolvimento", "desenvolvimentos", "perspectiva",
            "principais", "rapporto", "tendenze", "sulle", "sul", "di", "della", "delle", "nel",
            "nei", "anno", "año", "ano", "edición", "edição");

    private static final Set<String> REPORT_NOUNS = Set.of("report", "reports", "study", "survey", "brief",
            "briefing", "review", "analysis", "paper", "note", "rapport", "étude", "bericht", "studie",
            "informe", "estudio", "relatório", "relatorio", "estudo", "rapporto", "studio");
    private static final Set<String> ABOUT = Set.of("on", "about", "of", "into", "sur", "zu", "zur", "zum", "über",
            "sobre", "su", "sul", "sulla", "sulle");

    /** Report words of Chinese and Japanese titles, which have no spaces to split on. */
    private static final List<String> CJK_GENERIC = List.of("发展趋势报告", "趋势报告", "发展报告", "研究报告",
            "年度报告", "发展趋势", "趋势分析", "深度分析", "开发现状", "报告", "趋势", "展望", "综述", "分析", "发展",
            "现状", "深度", "年度", "年",
            "の動向", "動向", "レポート", "報告書", "トレンド", "展望", "に関する", "詳細", "包括的な", "包括的",
            "の進展", "の");
    /** "... in the Age of AI": the setting of the subject, not the subject. */
    private static final Pattern SETTING = Pattern.compile(
            "(?i)\\s+(in|im|à l'|a l'|en la|na|nella) (the |der |des |de la )?(age|era|time|world|ère|zeitalter|era)\\b.*$");
    /** "AI LLMs Senior Data Researcher": a crew agent's role printed as the title, after the subject. */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\s+(senior\\s+)?(data\\s+)?(researcher|reporting analyst|research analyst|analyst)s?\\s*$");
    /** "Market Research Brief: ...": the kind of document, which says nothing of its subject. */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("(?i)^\\s*market research\\b");
    /**
     * A year or quarter inside a part ends its subject ("Google 2026 Market Analysis", "Tesla, Inc.
     * Q2 2025 Earnings"): what follows is what the report says about the subject in that period.
     */
    private static final Pattern PERIOD_INSIDE = Pattern.compile("(?i)\\s(?:(?:q[1-4]|h[12])\\s+)?(?:19|20)\\d\\d\\s.*$");
    /** "(Illustrative Edition)", "[Draft]": asides about the document, not its subject. */
    private static final Pattern ASIDE = Pattern.compile("\\s*[(\\[（【][^)\\]）】]*[)\\]）】]\\s*");
    private static final Pattern PARTS = Pattern.compile("\\s*(?::|：|\\s[-–—|]\\s)\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}.+#&/-]*");
    /** Years, ordinals and version numbers ("2025", "2020s", "3rd", "v4.0"). */
    private static final Pattern NUMBER_LIKE = Pattern.compile("\\p{N}+([./-]\\p{N}+)*(s|th|st|nd|rd)?|v\\p{N}+(\\.\\p{N}*)*");

    private TopicTitle() {
    }

    /** The subject words of {@code title} as written, or "" when nothing but report words is left. */
    public static String of(String title) {
        List<String> parts = parts(title);
        return parts.isEmpty() ? "" : parts.get(0);
    }

    /**
     * The subject words of every part of {@code title} that has some, in order: a catchy first
     * part ("Decoding the Language of Machines: An Exploration of Large Language Models") may leave
     * the subject to a later one.
     */
    public static List<String> parts(String title) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        List<String> subjects = new ArrayList<>();
        for (String part : PARTS.split(ASIDE.matcher(title).replaceAll(" ").strip())) {
            String subject = trimmed(part);
            if (!subject.isEmpty()) {
                subjects.add(subject);
            }
        }
        return subjects;
    }

    /** The title without the setting of its subject ("Travel Guides in the Age of AI" -> "Travel Guides"). */
    public static String withoutSetting(String title) {
        return title == null ? "" : SETTING.matcher(title).replaceFirst("");
    }

    private static String trimmed(String whole) {
        String part = ROLE.matcher(DOCUMENT_KIND.matcher(withoutSetting(whole)).replaceFirst("")).replaceFirst("");
        String beforePeriod = PERIOD_INSIDE.matcher(part).replaceFirst("");
        if (!beforePeriod.equals(part) && !trimmedWords(beforePeriod).isEmpty()) {
            part = beforePeriod;
        }
        return trimmedWords(part);
    }

    private static String trimmedWords(String part) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(part);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        int from = 0;
        int to = words.size();
        from = afterReportOn(words, from, to);
        while (from < to && generic(words.get(from))) {
            from++;
        }
        while (to > from && generic(words.get(to - 1))) {
            to--;
        }
        if (from == to) {
            return "";
        }
        String subject = part.substring(start(part, words, from), end(part, words, to));
        return trimCjk(subject.strip());
    }

    /**
     * "Synthetic Report 1 on AI LLMs", "Field Study 3 about Soil Sensors", "Bericht 4 zur ...": the
     * subject is what follows a report word, its number and "on"; what came before names the
     * series' author or kind, not its subject.
     */
    private static int afterReportOn(List<String> words, int from, int to) {
        for (int k = from; k < to - 2; k++) {
            if (!REPORT_NOUNS.contains(folded(words.get(k)))) {
                continue;
            }
            int next = k + 1;
            while (next < to && NUMBER_LIKE.matcher(folded(words.get(next))).matches()) {
                next++;
            }
            if (next < to - 1 && ABOUT.contains(folded(words.get(next)))) {
                return next + 1;
            }
        }
        return from;
    }

    private static String folded(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean generic(String word) {
        String folded = folded(word);
        int apostrophe = Math.max(folded.lastIndexOf('\''), folded.lastIndexOf('’'));
        if (apostrophe > 0 && GENERIC.contains(folded.substring(0, apostrophe))) {
            folded = folded.substring(apostrophe + 1);
        }
        return GENERIC.contains(folded) || NUMBER_LIKE.matcher(folded).matches();
    }

    /** Where the {@code index}th word starts in {@code part}. */
    private static int start(String part, List<String> words, int index) {
        int at = 0;
        for (int i = 0; i <= index; i++) {
            at = part.indexOf(words.get(i), i == 0 ? 0 : at + words.get(i - 1).length());
        }
        return at;
    }

    /** Where the word before {@code index} ends in {@code part}. */
    private static int end(String part, List<String> words, int index) {
        return start(part, words, index - 1) + words.get(index - 1).length();
    }

    private static String trimCjk(String subject) {
        String s = subject;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String stripped = s.replaceFirst("^[\\p{N}\\s]+", "").replaceFirst("[\\p{N}\\s]+$", "");
            for (String word : CJK_GENERIC) {
                if (stripped.endsWith(word) && stripped.length() > word.length()) {
                    stripped = stripped.substring(0, stripped.length() - word.length());
                } else if (stripped.startsWith(word) && stripped.length() > word.length()) {
                    stripped = stripped.substring(word.length());
                }
            }
            if (!stripped.equals(s)) {
                s = stripped.strip();
                changed = true;
            }
        }
        return s;
    }
}
