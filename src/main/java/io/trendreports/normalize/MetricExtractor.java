package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers a section reports, each with its unit and what it measures, as written:
 * "hundreds of billions of parameters", "more than 25% of new code", "$2 billion in funding",
 * "400,000 tonnes of CO2 a year", "by 2026", "4 milliards d'euros", "bis zu 40 % der
 * Investitionskosten", "100 millones de clientes".
 *
 * <p>Precision before recall: a number counts only with something that makes it a measurement, a
 * percent sign, a currency, a scale ("billion", "Mrd.", "millones"), a unit ("gigawatts",
 * "Kilowattstunden", "jours"), a comparator ("below 140") or the noun it counts ("439,000
 * additional workers"); a year only as a target ("by 2030", "d'ici 2032", "ab 2031"). A number that
 * follows a capitalised word is a name's version ("Llama 3.1", "Ariane 6", "Unit 1") unless it
 * carries a unit. One regular-expression pass per kind over the section text: no model, no
 * per-sentence analysis.
 */
final class MetricExtractor {

    /** A whole number or decimal, thousands grouped by , . or a (narrow) space: 1,000 / 6.000 / 750 000 / 1,5. */
    private static final String NUMBER = "\\d{1,3}(?:(?:,|\\.|[\u00A0\u202F ])\\d{3})+(?:[.,]\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?";
    private static final String WORD_NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|"
            + "hundreds|thousands|tens|dozens|zwei|drei|vier|fünf|zehn|deux|trois|quatre|cinq|dix|dos|tres|cuatro|cinco|diez";
    private static final String COMPARATOR = "more than|less than|fewer than|up to|as much as|as many as|at least|"
            + "at most|about|around|almost|nearly|over|under|below|above|roughly|approximately|close to|"
            + "plus de|moins de|près de|environ|autour de|jusqu['\u2019]à|au moins|"
            + "mehr als|weniger als|bis zu|rund|etwa|über|knapp|fast|mindestens|"
            + "más de|más del|menos de|menos del|cerca de|cerca del|casi|hasta|alrededor de|alrededor del|"
            + "por debajo del?|por encima del?|superiores al|superior al|inferiores al|inferior al";
    private static final String CURRENCY_SIGN = "US\\$|\\$|€|£|¥|₹|(?:USD|EUR|CHF|GBP)\\s";
    private static final String SCALE = "lakh crore|crore|lakh|thousand|millions?|billions?|trillions?|bn|mn|"
            + "Mio\\.|Mrd\\.|Millionen|Million|Milliarden|Milliarde|Billionen|milliers|milliards?|"
            + "mil millones|millones|millón|billones|billón";
    private static final String PERCENT = "%|percent|per cent|pour cent|Prozent|por ciento|‰";
    private static final String CURRENCY_WORD = "dollars|euros|Euro|dólares|pesos|yuan|yen|francs|pounds|Cent|centimes|céntimos|"
            + "d['\u2019]euros|de euros|de dólares|de dollars";
    /** Longest first where one unit starts another ("Grad Celsius" before "Grad"). */
    private static final String UNIT = "kilowatt-hours|kilowatt hours|gigawatt-hours|Kilowattstunden|Kilowattstunde|"
            + "gigawatts|megawatts|kilowatts|watts|GWh|TWh|MWh|kWh|GW|MW|kW|"
            + "kilometres|kilometers|kilomètres|kilómetros|Kilometer|km|metres|meters|mètres|metros|Meter|"
            + "tonnes|tons|Tonnen|toneladas|acres|hectares|hectáreas|Hektar|storeys|stories|floors|Stockwerke|"
            + "Grad Celsius|degrees Celsius|degrees|°C|Grad|feet|pieds|pies|Fuß|"
            + "business days|working days|trading days|days|jours|Tage|Tagen|días|hours|heures|Stunden|horas|"
            + "weeks|semaines|Wochen|semanas|months|mois|Monate|Monaten|meses|years|ans|années|Jahre|Jahren|años|"
            + "minutes|Minuten|minutos|seconds|times|fois|basis points|points|bps|Prozentpunkte|puntos|"
            + "GB|TB|PB|qubits|satellites";
    private static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November|"
            + "December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
            + "Januar|Februar|März|Juni|Juli|Oktober|Dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
            + "septiembre|octubre|noviembre|diciembre";
    private static final String YEAR = "(?:19|20)\\d\\d";

    private static final Pattern TARGET_DATE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:by|from|until|through|before|"
            + "d['\u2019]ici|dès|à partir de|jusqu['\u2019]en|avant|bis|ab|spätestens|antes de|a partir de|hasta)"
            + "(?:\\s+(?:the\\s+)?(?:end\\s+of|Ende|fin|finales\\s+de|late|early|mid-?)|\\s+(?:" + MONTH + "))?"
            + "\\s+" + YEAR + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Starts at a currency sign or a digit, so the engine skips the rest of the text quickly. */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<cur>" + CURRENCY_SIGN + ")?\\s?(?<num>" + NUMBER + ")"
                    + "(?:\\s*(?:to|-|–|à|a|bis|y)\\s*(?:" + CURRENCY_SIGN + ")?(?<num2>" + NUMBER + "|(?:"
                    + WORD_NUMBER + ")(?=\\s)))?"
                    + "(?:\\s*(?<scale>" + SCALE + ")(?![\\p{L}]))?"
                    + "(?:\\s?(?<pct>" + PERCENT + ")(?![\\p{L}]))?"
                    + "(?:(?<years>-(?:year|month|week|day|hour|minute|mile|foot|storey))(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The same with a number word first ("two million", "four business days"), searched only where one occurs. */
    private static final Pattern WORD_QUANTITY = Pattern.compile(
            "(?<cur>)(?<num>(?:" + WORD_NUMBER + ")(?=\\s))"
                    + "(?:\\s*(?:to|-|–|à|a|bis|y)\\s*(?<num2>" + NUMBER + "|(?:" + WORD_NUMBER + ")(?=\\s)))?"
                    + "(?:\\s*(?<scale>" + SCALE + ")(?![\\p{L}]))?"
                    + "(?:\\s?(?<pct>" + PERCENT + ")(?![\\p{L}]))?"
                    + "(?:(?<years>-(?:year|month|week|day|hour|minute|mile|foot|storey))(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A comparator right before a number: looked for behind each number found, not at every position. */
    private static final Pattern COMPARATOR_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?<comp>" + COMPARATOR + ")\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UNIT_AFTER = Pattern.compile("\\s*(?:" + UNIT + ")(?![\\p{L}\\p{N}])");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*(?:" + CURRENCY_WORD + ")(?![\\p{L}])");
    private static final Pattern OF = Pattern.compile("\\s+(?:of|des|der|du|del|de|d['\u2019]|dei|degli)(?:\\s+|(?<=['\u2019]))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE = Pattern.compile("\\s+(?:a|per|pro|par|por|al)\\s+(?:year|day|month|week|watt|"
            + "kilowatt-hour|Jahr|Tag|Monat|Kilowattstunde|an|jour|mois|año|día|mes)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD = Pattern.compile("\\s+(?:within|in|over|en|innerhalb von|binnen)\\s+(?:the\\s+first\\s+)?(?:"
            + NUMBER + "|" + WORD_NUMBER + ")\\s+(?:days|weeks|months|years|hours|jours|mois|Tagen|Monaten|Jahren|días|meses)"
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_IN = Pattern.compile("\\s+(?:in|en)\\s+(\\p{Ll}[\\p{L}\\-]+)(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("\\s+([\\p{L}][\\p{L}\\p{N}'\u2019\\-&]*)");
    private static final Pattern BEFORE_NAME = Pattern.compile("(?:^|\\s)(\\p{Lu}[\\p{L}\\p{N}\\-'\u2019]*)\\s$");
    private static final Pattern MULTITUDE = Pattern.compile("(?:hundreds|thousands|tens|centaines|dizaines|Hunderte|cientos|decenas)\\s+(?:of|de|d['\u2019])\\s*"
            + "(?:millions|billions|trillions|thousands|millions|milliards|millones|Millionen|Milliarden)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that end what a number measures: function words, conjunctions and the commonest verbs. */
    private static final java.util.Set<String> ENDS_TAIL = java.util.Set.of(
            "must", "may", "might", "should", "shall", "ici", "d'ici", "d\u2019ici", "jusqu'à", "jusqu'en", "dès", "sans", "without", "ohne", "sin", "not",
            "and", "or", "but", "that", "which", "who", "in", "on", "at", "by", "with", "for", "to", "from", "than",
            "as", "into", "across", "over", "after", "before", "since", "while", "is", "are", "was", "were", "be",
            "has", "have", "had", "will", "can", "could", "would", "more", "less", "per", "a", "an", "each", "every",
            "this", "these", "those", "it", "also", "now", "still", "only", "against", "between", "within", "under",
            "et", "ou", "que", "qui", "dans", "en", "sur", "pour", "par", "avec", "entre", "est", "sont", "ont",
            "contre", "depuis", "und", "oder", "im", "mit", "für", "bei", "auf", "zu", "von", "vom", "ist", "sind",
            "als", "pro", "y", "o", "con", "para", "por", "es", "son", "frente", "desde", "hasta", "más", "plus",
            "mehr", "de", "del", "der", "des", "du", "d", "of", "la", "le", "les", "el", "los", "las", "die", "das",
            "the", "its", "their", "sa", "ses", "leur", "leurs", "su", "sus");
    /** Articles and possessives that may follow "of" before the measured noun. */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "its", "their", "his", "her",
            "our", "all", "le", "la", "les", "l", "ses", "sa", "son", "leur", "leurs", "der", "die", "das", "des", "den",
            "dem", "ihrer", "seiner", "el", "los", "las", "su", "sus", "them", "it");
    private static final int TAIL_WORDS = 3;

    private MetricExtractor() {
    }

    /** The metrics of {@code text} in text order, each once. */
    static List<String> extract(String text) {
        if (text == null || text.isEmpty() || !hasDigitOrNumberWord(text)) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        // one pass over the word and number starts, each pattern tried only where it can begin: a
        // regular expression searched over the whole text tries its alternatives at every position
        int length = text.length();
        int skipUntil = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            boolean starts = !Character.isLetterOrDigit(before) && before != '-' && before != '.' && before != ','
                    && before != '/';
            if (!starts || i < skipUntil) {
                continue;
            }
            if (Character.isDigit(c) || CURRENCY_START.indexOf(c) >= 0 || c == 'U' || c == 'E' || c == 'C' || c == 'G') {
                Matcher q = QUANTITY.matcher(text).region(i, length).useTransparentBounds(true);
                if (q.lookingAt() && q.group("num") != null) {
                    if (isYear(q.group()) ) {
                        targetDate(text, i, q.end(), spans);
                    } else {
                        int before0 = spans.size();
                        addQuantity(text, q, spans);
                        if (spans.size() > before0) {
                            skipUntil = q.end();
                        }
                    }
                }
            } else if (Character.isLetter(c)) {
                int wordEnd = i;
                while (wordEnd < length && Character.isLetter(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
                if (NUMBER_WORDS.contains(word)) {
                    Matcher w = WORD_QUANTITY.matcher(text).region(i, length).useTransparentBounds(true);
                    if (w.lookingAt()) {
                        addQuantity(text, w, spans);
                    }
                }
                if (MULTITUDE_WORDS.contains(word)) {
                    Matcher many = MULTITUDE.matcher(text).region(i, length).useTransparentBounds(true);
                    if (many.lookingAt()) {
                        spans.add(new Span(withComparator(text, i), ofTail(text, many.end())));
                    }
                }
                if (FRACTION_WORDS.contains(word)) {
                    int tail = ofTail(text, wordEnd);
                    if (tail > wordEnd) {
                        spans.add(new Span(withComparator(text, withArticle(text, i)), tail));
                    }
                }
                i = wordEnd - 1;
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        LinkedHashSet<String> found = new LinkedHashSet<>();
        int coveredUntil = -1;
        for (Span s : spans) {
            if (s.start >= coveredUntil) {
                found.add(text.substring(s.start, s.end).replaceAll("\\s+", " ").strip());
                coveredUntil = s.end;
            }
        }
        return List.copyOf(found);
    }

    private static final String CURRENCY_START = "$€£¥₹";
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of(WORD_NUMBER.split("\\|"));
    private static final java.util.Set<String> MULTITUDE_WORDS = java.util.Set.of("hundreds", "thousands", "tens",
            "centaines", "dizaines", "hunderte", "cientos", "decenas");
    private static final java.util.Set<String> FRACTION_WORDS = java.util.Set.of("half", "third", "thirds", "quarter",
            "quarters", "fifth", "fifths", "drittel", "viertel", "hälfte", "tiers", "quart", "moitié", "mitad",
            "tercio", "tercios");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])((?:a|an|one|ein|un|une|two|three|"
            + "zwei|drei|la)\\s+)$");

    private static boolean isYear(String match) {
        return match.length() == 4 && YEAR_PATTERN.matcher(match).matches();
    }

    private static final Pattern YEAR_PATTERN = Pattern.compile(YEAR);

    /** "by 2030", "d'ici 2032", "bis Ende 2032": a year after a preposition of time, a few words back. */
    private static void targetDate(String text, int yearStart, int yearEnd, List<Span> spans) {
        Matcher date = TARGET_DATE.matcher(text).region(Math.max(0, yearStart - 40), yearEnd);
        while (date.find()) {
            if (date.end() == yearEnd) {
                spans.add(new Span(date.start(), date.end()));
                return;
            }
        }
    }

    private static int withComparator(String text, int start) {
        Matcher comparator = COMPARATOR_BEFORE.matcher(text).region(Math.max(0, start - 30), start);
        return comparator.find() ? comparator.start("comp") : start;
    }

    private static int withArticle(String text, int start) {
        Matcher article = ARTICLE_BEFORE.matcher(text).region(Math.max(0, start - 8), start);
        return article.find() ? article.start(1) : start;
    }

    private static void addQuantity(String text, Matcher q, List<Span> spans) {
        Matcher comparator = COMPARATOR_BEFORE.matcher(text).region(Math.max(0, q.start() - 30), q.start());
        boolean compared = comparator.find();
        Span span = quantity(text, q, compared);
        if (span != null) {
            spans.add(new Span(compared ? comparator.start("comp") : span.start(), span.end()));
        }
    }

    private static Span quantity(String text, Matcher q, boolean compared) {
        String num = q.group("num");
        boolean wordNumber = !Character.isDigit(num.charAt(0));
        boolean percent = q.group("pct") != null;
        boolean scale = q.group("scale") != null;
        boolean currency = q.group("cur") != null && !q.group("cur").isEmpty();
        int end = q.end();
        boolean unit = false;
        if (q.group("years") != null) {
            unit = true;
        } else if (!percent) {
            Matcher u = UNIT_AFTER.matcher(text).region(end, text.length());
            if (u.lookingAt()) {
                unit = true;
                end = u.end();
            }
        }
        if (!percent) {
            Matcher c = CURRENCY_AFTER.matcher(text).region(end, text.length());
            if (c.lookingAt()) {
                currency = true;
                end = c.end();
            }
        }
        boolean measured = percent || scale || currency || unit;
        if (wordNumber && !scale && !unit) {
            return null;
        }
        String num2 = q.group("num2");
        boolean year = !measured && num.matches(YEAR) && (num2 == null || num2.matches(YEAR));
        if (year) {
            return null;
        }
        if (!measured && !compared && followsName(text, q.start())) {
            return null;
        }
        int tailEnd = tail(text, end, measured, currency, percent);
        if (!measured && !compared && tailEnd == end) {
            return null;
        }
        end = tailEnd;
        Matcher rate = RATE.matcher(text).region(end, text.length());
        if (rate.lookingAt()) {
            end = rate.end();
        }
        Matcher period = PERIOD.matcher(text).region(end, text.length());
        if (period.lookingAt()) {
            end = period.end();
        }
        return new Span(q.start(), end);
    }

    /**
     * What the number measures: "of" and up to three words ("of new solar capacity", "de los
     * adultos"); for a count or an amount also the noun right after it ("additional workers",
     * "infrastructure fund"); a percentage only takes the "of" form ("30% of code suggestions").
     */
    private static int tail(String text, int end, boolean measured, boolean currency, boolean percent) {
        int of = ofTail(text, end);
        if (of > end) {
            return of;
        }
        if (percent || measured && !currency && !scaleOnly(text, end)) {
            return end;
        }
        int direct = words(text, end, false);
        if (direct == end && currency) {
            // "$2 billion in funding", "$200 billion in circulation": what the money is
            Matcher in = MONEY_IN.matcher(text).region(end, text.length());
            if (in.lookingAt() && !ENDS_TAIL.contains(in.group(1))) {
                return in.end();
            }
        }
        return direct;
    }

    /** Scale words ("billion") take the counted noun directly: "14 billion parameters". */
    private static boolean scaleOnly(String text, int end) {
        int from = Math.max(0, end - 12);
        String before = text.substring(from, end).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*(?:million|billion|trillion|millions|billions|millones|milliards|millionen|milliarden|mrd\\.|mio\\.|thousand|lakh|crore)$");
    }

    private static int ofTail(String text, int end) {
        Matcher of = OF.matcher(text).region(end, text.length());
        if (!of.lookingAt()) {
            return end;
        }
        int after = words(text, of.end() - (Character.isWhitespace(text.charAt(of.end() - 1)) ? 1 : 0), true);
        return after > of.end() ? after : end;
    }

    private static int words(String text, int from, boolean determinersFirst) {
        int end = from;
        int taken = 0;
        boolean leading = determinersFirst;
        Matcher w = WORD.matcher(text);
        int at = from;
        if (from > 0 && (text.charAt(from - 1) == '\'' || text.charAt(from - 1) == '\u2019')) {
            // "d'euros": the word starts right after the apostrophe
            Matcher glued = Pattern.compile("[\\p{L}][\\p{L}\\p{N}\\-]*").matcher(text).region(from, text.length());
            if (glued.lookingAt() && !ENDS_TAIL.contains(glued.group().toLowerCase(Locale.ROOT))) {
                end = glued.end();
                taken++;
                at = end;
                leading = false;
            }
        }
        while (taken < TAIL_WORDS) {
            w.region(at, text.length());
            if (!w.lookingAt()) {
                break;
            }
            String word = w.group(1).replaceAll("['\u2019]s$", "");
            String lower = word.toLowerCase(Locale.ROOT);
            if (leading && DETERMINERS.contains(lower)) {
                at = w.end();
                end = lower.equals("them") || lower.equals("it") ? w.end() : end;
                if (lower.equals("them") || lower.equals("it")) {
                    return end;
                }
                continue;
            }
            leading = false;
            if (ENDS_TAIL.contains(lower) || word.codePoints().allMatch(Character::isDigit)) {
                break;
            }
            end = w.end() - (w.group(1).length() - word.length());
            at = w.end();
            taken++;
        }
        return end;
    }

    /** "Llama 3.1", "Unit 1", "Ariane 6": a capitalised word, not a sentence's opening word ("Only 5 firms"), right before the number. */
    private static boolean followsName(String text, int start) {
        int from = Math.max(0, start - 40);
        Matcher m = BEFORE_NAME.matcher(text.substring(from, start));
        return m.find() && !OPENERS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> OPENERS = java.util.Set.of("the", "only", "some", "just", "another",
            "in", "with", "all", "les", "des", "dans", "avec", "seuls", "die", "im", "mit", "nur", "los", "las", "unos",
            "unas", "en", "con", "solo", "sólo");

    private static boolean hasDigitOrNumberWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("half") || lower.contains("third") || lower.contains("quarter") || lower.contains("fifth")
                || lower.contains("hundreds") || lower.contains("drittel") || lower.contains("moitié")
                || lower.contains("illion");
    }

    private record Span(int start, int end) {
    }
}
