package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.trendreports.model.TrendRecord;

/**
 * Recognises the names a section mentions that no list holds, from capitalised phrases ({@link
 * CapitalisedRuns}) checked against the report ({@link ReportWords}), and types them. Precision
 * before recall: a phrase is a name when something beyond its capital says so.
 *
 * <ul>
 *   <li>an organisation or programme word ends or starts it ("Heidelberg Materials", "Bank of
 *       Japan", "GENIUS Act", "Project Kuiper");</li>
 *   <li>two or more capitalised words not all of which the report also writes in lower case
 *       ("Kaiser Permanente", "Sundar Pichai"), a person when a title or "said" is beside them;</li>
 *   <li>one word written like a product ("SpaceX", "TenneT") or an acronym no list calls generic
 *       ("FDA", "CATL"; not "GPU", "ESG", currency codes);</li>
 *   <li>an owner ("Nestlé's");</li>
 *   <li>one capitalised word inside a sentence that the report never writes in lower case and that
 *       is no demonym or month ("Mayo", "Arup"; not in German, where every noun is capitalised);</li>
 *   <li>one word opening a sentence when the report capitalises it elsewhere mid-sentence, or when
 *       a subject's verb follows ("Salesforce reported", "Nubank alcanzó").</li>
 * </ul>
 */
final class NameRecognizer {

    /** Languages that capitalise every noun, where a capital inside a sentence proves nothing. */
    private static final Set<String> NOUNS_CAPITALISED = Set.of("de", "lb");
    private static final Set<String> DEMONYM_ENDINGS = Set.of("ish", "ese", "ian", "ean", "an", "ic", "i", "ch");

    record Name(String name, String kind, int start, int end) {
    }

    private NameRecognizer() {
    }

    /**
     * @param from     where the section's body starts in {@code text} (the heading before it is Title Case)
     * @param language the report's language code
     */
    static List<Name> find(String text, int from, String language, ReportWords report) {
        boolean nounsCapitalised = NOUNS_CAPITALISED.contains(language);
        List<Name> names = new ArrayList<>();
        for (CapitalisedRuns.Run raw : CapitalisedRuns.find(text, from, nounsCapitalised)) {
            CapitalisedRuns.Run run = trimmed(raw);
            if (run == null) {
                continue;
            }
            if (citesAuthors(text, run.end()) || insideAnExpansion(text, run)) {
                continue;
            }
            String kind = kind(run, text, nounsCapitalised, report);
            if (kind != null) {
                names.add(new Name(run.text(text), kind, run.start(), run.end()));
            }
        }
        return names;
    }

    /** Without a sentence's opening article or preposition and without generic acronyms or numbers at the ends. */
    private static CapitalisedRuns.Run trimmed(CapitalisedRuns.Run run) {
        List<CapitalisedRuns.Word> words = new ArrayList<>(run.words());
        boolean opens = run.opensSentence();
        String before = run.before();
        while (words.size() > 1 && (opens && (NameCues.OPENERS.contains(NameCues.lower(words.get(0).text()))
                || words.get(0).text().endsWith("ed"))
                || NameCues.PERSON_TITLES.contains(NameCues.lower(words.get(0).text())))) {
            before = NameCues.lower(words.remove(0).text());
            opens = false;
        }
        while (!words.isEmpty() && ignorableEnd(words.get(words.size() - 1).text())) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && (NameCues.isGenericAcronym(words.get(0).text())
                || !CapitalisedRuns.startsLikeName(words.get(0).text()))) {
            if (words.size() > 1 && NameCues.isGenericAcronym(words.get(0).text())
                    && Character.isUpperCase(words.get(1).text().codePointAt(0))) {
                break; // "AI Act": the acronym belongs to the name
            }
            words.remove(0);
            opens = false;
        }
        if (words.isEmpty()) {
            return null;
        }
        boolean possessive = run.possessive() && words.get(words.size() - 1) == run.words().get(run.words().size() - 1);
        return new CapitalisedRuns.Run(List.copyOf(words), opens, possessive, before, run.after(),
                run.label());
    }

    private static boolean ignorableEnd(String word) {
        return NameCues.isGenericAcronym(word) || !CapitalisedRuns.startsLikeName(word)
                && !Character.isDigit(word.codePointAt(0)) || word.matches("\\d{4}");
    }

    /** The kind of name the run is, "" when a name of no known kind, {@code null} when no name. */
    private static String kind(CapitalisedRuns.Run run, String text, boolean nounsCapitalised, ReportWords report) {
        String kind = kindOf(run, text, nounsCapitalised, report);
        if (kind == null || !run.label()) {
            return kind;
        }
        // a heading or a list item's label is Title Case by style: only a word written like a name,
        // or one the report capitalises elsewhere, makes it one
        List<CapitalisedRuns.Word> words = run.words();
        boolean written = run.possessive() || words.stream().anyMatch(w -> isAcronym(w.text()) && !NameCues.isGenericAcronym(w.text())
                || hasInnerCapital(w.text()) || report.capitalisedMidSentence(w.text()));
        return written ? kind : null;
    }

    private static String kindOf(CapitalisedRuns.Run run, String text, boolean nounsCapitalised, ReportWords report) {
        List<CapitalisedRuns.Word> words = run.words();
        String first = NameCues.lower(words.get(0).text());
        String last = NameCues.lower(words.get(words.size() - 1).text());
        if (words.size() == 2 && (ModelNameCandidates.NOT_NAMES.contains(first) || first.length() < 3)
                && (!Character.isLetter(words.get(1).text().codePointAt(0)) || words.get(1).text().matches("[IVX]+"))) {
            return null; // "Section 3", "Kapitel 4", "Phase II", "Rs 32"
        }
        if (words.size() >= 2) {
            if (NameCues.PRODUCT_STARTS.contains(first) || NameCues.PRODUCT_WORDS.contains(last)
                    || nounsCapitalised && (isProductCompound(first) || isProductCompound(last))) {
                return TrendRecord.PRODUCT;
            }
            if (NameCues.ORGANIZATION_WORDS.contains(last)
                    || NameCues.ORGANIZATION_STARTS.contains(first) && words.size() >= 3) {
                return TrendRecord.ORGANIZATION;
            }
            if (NameCues.PERSON_TITLES.contains(run.before()) || NameCues.PERSON_VERBS.contains(NameCues.lower(run.after()))) {
                return TrendRecord.PERSON;
            }
            if (nounsCapitalised && words.stream().noneMatch(w -> isAcronym(w.text()) || hasInnerCapital(w.text()))) {
                return null; // two German nouns side by side are no name by their capitals
            }
            long common = words.stream().filter(w -> report.writtenLowerCase(w.text())
                    || CapitalisedRuns.isConnector(w.text())).count();
            // "Large Language Models (LLMs)": a concept in capitals, its words the report's own
            boolean mostlyCommon = 2 * common >= words.size();
            if (mostlyCommon || expandsAGenericAcronym(text, run.end()) || run.opensSentence() && !run.possessive() && words.size() == 2
                    && !Character.isUpperCase(words.get(1).text().codePointAt(0))) {
                return null;
            }
            return "";
        }
        String word = words.get(0).text();
        if (word.length() < 2 || NameCues.CALENDAR.contains(first) || NameCues.OPENERS.contains(first)
                || NameCues.CURRENCY_NAMES.contains(first)) {
            return null;
        }
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1))) {
            return null; // "AI-enabled", "Open-source"
        }
        if (isAcronym(word)) {
            return NameCues.isGenericAcronym(word) ? null : "";
        }
        if (hasInnerCapital(word) || run.possessive()) {
            return "";
        }
        if (report.writtenLowerCase(word)) {
            return null;
        }
        if (!run.opensSentence()) {
            if (nounsCapitalised || isDemonym(first, run.after())) {
                return null;
            }
            return "";
        }
        if (isDemonym(first, run.after()) || looksPlural(first)) {
            return null;
        }
        if (report.capitalisedMidSentence(word) && !nounsCapitalised
                || NameCues.SUBJECT_VERBS.contains(NameCues.lower(run.after()))) {
            return "";
        }
        return null;
    }

    /** "(Sumers et al., 2023)": the authors of a cited study, not a name the section is about. */
    private static final java.util.regex.Pattern ET_AL = java.util.regex.Pattern.compile("\\s+et al\\b");

    private static boolean citesAuthors(String text, int end) {
        return ET_AL.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * "Environmental, Social, and Governance (ESG)": capitalised words listed up to a generic
     * acronym in brackets spell that acronym out, a concept rather than a name.
     */
    private static final java.util.regex.Pattern EXPANSION_TAIL = java.util.regex.Pattern.compile(
            "(?:,? (?:and |& |or )?\\p{Lu}[\\p{L}\\-]*)* \\(([\\p{Lu}\\p{Ll}]{2,6})\\)");

    private static boolean insideAnExpansion(String text, CapitalisedRuns.Run run) {
        int end = run.end();
        java.util.regex.Matcher m = EXPANSION_TAIL.matcher(text).region(end, Math.min(text.length(), end + 80));
        if (!m.lookingAt() || !NameCues.isGenericAcronym(m.group(1))) {
            return false;
        }
        if (text.substring(end, m.start(1)).contains(",")) {
            return true;
        }
        // the last word of the list: "..., and Governance (ESG)"
        String acronym = m.group(1);
        String before = text.substring(Math.max(0, run.start() - 6), run.start());
        return run.words().size() == 1 && before.matches(".*, (?:and |& |or )?")
                && Character.toUpperCase(run.words().get(0).text().charAt(0)) == acronym.charAt(acronym.length() - 1);
    }

    /** Followed by "(LLMs)", "(ML)": the expansion of a generic acronym is a concept. */
    private static boolean expandsAGenericAcronym(String text, int end) {
        int open = end;
        while (open < text.length() && text.charAt(open) == ' ') {
            open++;
        }
        if (open >= text.length() || text.charAt(open) != '(') {
            return false;
        }
        int close = text.indexOf(')', open);
        return close > open && close - open < 12 && NameCues.isGenericAcronym(text.substring(open + 1, close));
    }

    /** "Victims posted", "Regulators said": an opening plural is people, not a name. */
    private static boolean looksPlural(String lower) {
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is");
    }

    /** German compounds naming a programme or law: "Bundesprogramm", "EU-Batterieverordnung". */
    private static boolean isProductCompound(String lower) {
        return lower.endsWith("programm") || lower.endsWith("gesetz") || lower.endsWith("verordnung")
                || lower.endsWith("richtlinie") || lower.endsWith("strategie");
    }

    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** "SpaceX", "CrowdStrike", "TenneT": a capital after the first letter, and lower case too. */
    private static boolean hasInnerCapital(String word) {
        boolean lower = false;
        boolean inner = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            lower |= Character.isLowerCase(c);
            inner |= Character.isUpperCase(c) && word.charAt(i - 1) != '-';
        }
        return lower && inner;
    }

    /** "Swedish trial", "Mexican peso": a nationality adjective before its noun. */
    private static boolean isDemonym(String lower, String after) {
        if (after.isEmpty() || !Character.isLowerCase(after.codePointAt(0))) {
            return false;
        }
        return DEMONYM_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
