package io.trendreports.source;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises headings of the parts of a report that frame the trends rather than state one:
 * introduction, summary, conclusion, outlook, recommendations, methodology, about, references,
 * appendix, ... in English, French, German, Spanish and Italian. Such a part at section level is
 * kept as report notes, so that it neither becomes a trend record (diluting theme shares) nor is
 * glued onto the trend before it.
 *
 * <p>A heading is a note heading when it is one of these names, optionally followed by a colon or
 * dash and more words ("Appendix: survey questions", "Anhang: Methodik") or joined to another
 * with "and" ("Conclusion and outlook"). "Sources of bias" is not: the name must stand alone.
 */
final class NoteHeadings {

    private static final List<String> NAMES = List.of(
            // English
            "introduction", "foreword", "preface", "executive summary", "summary", "overview of the report",
            "key takeaways", "key findings", "conclusion", "conclusions", "concluding remarks", "closing remarks",
            "final thoughts", "outlook", "recommendations", "next steps", "methodology", "method", "methods",
            "about", "about us", "about this report", "about the authors", "about the author", "authors",
            "references", "sources", "bibliography", "further reading", "appendix", "appendices", "annex",
            "acknowledgements", "acknowledgments", "disclaimer", "glossary", "contact", "contacts",
            // French
            "avant-propos", "préface", "synthèse", "résumé", "en bref", "conclusion générale", "perspectives",
            "recommandations", "méthodologie", "méthode", "à propos", "a propos", "qui sommes-nous",
            "références", "bibliographie", "annexe", "annexes", "remerciements", "avertissement", "glossaire",
            // German
            "einleitung", "einführung", "vorwort", "zusammenfassung", "management summary", "fazit",
            "schlussfolgerung", "schlussfolgerungen", "schlusswort", "ausblick", "empfehlungen", "methodik",
            "methode", "methodologie", "über uns", "über diese studie", "über die studie", "quellen",
            "literatur", "literaturverzeichnis", "anhang", "danksagung", "haftungsausschluss", "glossar",
            "kontakt", "impressum",
            // Spanish
            "introducción", "prólogo", "prefacio", "resumen", "resumen ejecutivo", "conclusión", "conclusiones",
            "perspectivas", "recomendaciones", "metodología", "método", "acerca de", "acerca de nosotros",
            "sobre nosotros", "sobre este informe", "referencias", "fuentes", "bibliografía", "anexo", "anexos",
            "apéndice", "agradecimientos", "aviso legal", "glosario", "contacto",
            // Italian
            "introduzione", "sintesi", "conclusione", "conclusioni", "metodologia", "chi siamo", "riferimenti",
            "fonti", "appendice", "ringraziamenti", "glossario");

    private static final Pattern PATTERN;

    static {
        String names = String.join("|", NAMES.stream()
                .sorted((a, b) -> b.length() - a.length()).map(n -> Pattern.quote(fold(n))).toList());
        String and = "(?:and|&|et|und|y|e)";
        PATTERN = Pattern.compile("(?:" + names + ")(?:\\s+" + and + "\\s+(?:" + names + "))?"
                + "(?:\\s*[:\\-–—(].*)?"
                // "About this study", "Über diese Umfrage", "À propos de l'étude", "Acerca del estudio"
                + "|(?:about (?:this|the|our|us)|à propos d[eu']|a propos d[eu']|über (?:diese|die|den|das|uns)"
                + "|acerca d[e]l?|sobre (?:este|esta|el|la|nosotros))\\b.*");
    }

    private NoteHeadings() {
    }

    /** @param title the heading text without its number */
    static boolean isNote(String title) {
        String text = fold(title).replaceAll("[.!?…]+$", "").strip();
        return PATTERN.matcher(text).matches();
    }

    /** Lower case, typographic apostrophes straightened, whitespace collapsed; accents kept. */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }
}
