package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots model names the entity catalogue does not know yet: a capitalised name carrying a
 * version ("Falcon 180B", "Qwen2.5", "Mixtral 8x7B", "Grok-1", "DeepSeek-R1", "Llama 3.1").
 * They are candidates of type {@code model}: likely right, worth adding to {@code entities.yml}.
 *
 * <p>To keep "Section 3", "Table 2", "in 2024" or "CO2" out, a version after a space must hold a
 * letter or a dot ("180B", "3.1") unless the name is written like a product (inner capitals or all
 * capitals, "PaLM 3"); a year is never a version; a bare name needs three letters.
 */
final class ModelNameCandidates {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-.])(?<name>\\p{Lu}[\\p{L}]*(?:-\\p{Lu}[\\p{L}]*)?)(?<sep>[- ]?)"
                    + "(?<version>\\p{Lu}?\\d+(?:\\.\\d+)*(?:x\\d+)?\\p{L}{0,2})(?![\\p{L}\\p{N}]|[.\\-][\\p{L}\\p{N}])");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** Capitalised words that are followed by a number in running text without naming a model. */
    static final Set<String> NOT_NAMES = Set.of(
            "section", "table", "figure", "fig", "chapter", "part", "top", "level", "version", "step", "phase",
            "page", "article", "appendix", "annex", "item", "issue", "volume", "vol", "no", "number", "q", "h",
            "abschnitt", "kapitel", "tabelle", "abbildung", "teil", "stufe", "artikel", "seite",
            "sección", "seccion", "tabla", "figura", "capítulo", "artículo", "paso", "fase", "página",
            "chapitre", "tableau", "partie", "étape", "niveau", "covid", "co", "iso", "windows", "ios");

    private ModelNameCandidates() {
    }

    record Candidate(String name, int start, int end) {
    }

    static List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            String sep = m.group("sep");
            String version = m.group("version");
            if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || YEAR.matcher(version).matches()
                    || NameCues.CURRENCY_CODES.contains(name)) {
                continue;
            }
            boolean productLike = name.length() > 1 && name.substring(1).codePoints().anyMatch(Character::isUpperCase);
            boolean versionLike = version.codePoints().anyMatch(Character::isLetter) || version.contains(".");
            if (sep.equals(" ") && !versionLike && !productLike) {
                continue;
            }
            if (sep.isEmpty() && name.length() < 3) {
                continue;
            }
            found.add(new Candidate(m.group(), m.start(), m.end()));
        }
        return found;
    }
}
