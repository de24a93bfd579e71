package io.trendreports.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A metric as found ("$2 billion in funding", "30% of code suggestions", "by 2026") read into its
 * value, unit and what it measures, for analysts who sort and filter figures. Only what the text
 * says plainly is read: a figure in words ("hundreds of billions of parameters") has no value, and
 * a part that cannot be told is left empty rather than guessed. The metric text itself stays the
 * reference.
 *
 * @param value    the number, with "million", "billion" and their French, German and Spanish
 *                 forms applied; empty when the figure is not written in digits
 * @param unit     {@code %}, a currency code ({@code USD}, {@code EUR}, ...), {@code year} for a
 *                 date such as "by 2026", or the word that follows the number ("tonnes"); may be empty
 * @param measures what the figure counts or shares: the words after "of", "in", "de", "der", ...,
 *                 or after the unit; may be empty
 */
public record MetricParts(Optional<Double> value, String unit, String measures) {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<cur>[$€£¥])?\\s?(?<num>\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)"
                    + "(?:\\s?(?<scale>thousand|million|millions|billion|billions|trillion|Mio\\.?|Mrd\\.?|milliards?"
                    + "|mil millones|millones|millardos?|Milliarden?|Millionen?))?");
    private static final Pattern YEAR = Pattern.compile(
            "(?iu)^(?:by|until|from|since|in|d'ici|dès|en|ab|bis|seit|para|desde|hasta)\\s+((?:19|20)\\d\\d)$");
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("thousand", 1e3),
            Map.entry("million", 1e6), Map.entry("millions", 1e6), Map.entry("mio", 1e6), Map.entry("millones", 1e6),
            Map.entry("million.", 1e6), Map.entry("millionen", 1e6), Map.entry("mio.", 1e6),
            Map.entry("billion", 1e9), Map.entry("billions", 1e9), Map.entry("mrd", 1e9), Map.entry("mrd.", 1e9),
            Map.entry("milliard", 1e9), Map.entry("milliards", 1e9), Map.entry("mil millones", 1e9),
            Map.entry("millardo", 1e9), Map.entry("millardos", 1e9), Map.entry("milliarde", 1e9),
            Map.entry("milliarden", 1e9), Map.entry("trillion", 1e12));
    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");
    private static final Pattern CURRENCY_WORD = Pattern.compile(
            "(?iu)^(?:d'|de\\s)?(?:(?:us\\s)?dollars?|euros?|usd|eur|gbp|pounds?|yen|cents?)\\b");
    /** "30 to 50%": the second number carries the unit, and no single value stands for the range. */
    private static final Pattern RANGE = Pattern.compile("(?iu)^(?:to|-|\u2013|à|bis|a|y)\\s*(?=[$€£¥]?\\d)");
    private static final Pattern PERCENT = Pattern.compile("(?iu)^(?:%|percent\\b|per cent\\b|pour cent\\b|prozent\\b|por ciento\\b)");
    private static final Pattern LINK = Pattern.compile(
            "(?iu)^(?:of|in|on|for|de|des|du|d'|der|die|des|von|pro|per|del|de los|de las|los|las)\\s+");

    public MetricParts {
        unit = unit == null ? "" : unit;
        measures = measures == null ? "" : measures;
    }

    public static MetricParts of(String metric) {
        String text = metric == null ? "" : metric.strip();
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
            return new MetricParts(Optional.of(Double.parseDouble(year.group(1))), "year", "");
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return new MetricParts(Optional.empty(), "", afterLink(text));
        }
        Optional<Double> value = parse(m.group("num"));
        if (value.isPresent() && m.group("scale") != null) {
            Double scale = SCALES.get(m.group("scale").toLowerCase(Locale.ROOT));
            value = scale == null ? value : Optional.of(value.get() * scale);
        }
        String rest = text.substring(m.end()).strip();
        Matcher range = RANGE.matcher(rest);
        if (range.find()) {
            MetricParts upper = of(rest.substring(range.end()));
            return new MetricParts(Optional.empty(), upper.unit(), upper.measures());
        }
        String unit = "";
        if (m.group("cur") != null) {
            unit = CURRENCY_SYMBOLS.get(m.group("cur"));
        } else {
            Matcher percent = PERCENT.matcher(rest);
            Matcher currency = CURRENCY_WORD.matcher(rest);
            if (percent.find()) {
                unit = "%";
                rest = rest.substring(percent.end()).strip();
            } else if (currency.find()) {
                unit = currencyCode(currency.group());
                rest = rest.substring(currency.end()).strip();
            }
        }
        if (!unit.isEmpty()) {
            return new MetricParts(value, unit, afterLink(rest));
        }
        // "400,000 tonnes of CO2 a year": the first word is the unit, what follows "of" is what it measures
        Matcher link = LINK.matcher(rest);
        if (link.find()) {
            return new MetricParts(value, "", rest.substring(link.end()).strip());
        }
        String[] words = rest.split("\\s+", 2);
        if (words[0].isEmpty()) {
            return new MetricParts(value, "", "");
        }
        String tail = words.length > 1 ? words[1] : "";
        Matcher tailLink = LINK.matcher(tail);
        return tailLink.find() ? new MetricParts(value, words[0], tail.substring(tailLink.end()).strip())
                : new MetricParts(value, "", rest);
    }

    private static String afterLink(String rest) {
        // "hundreds of billions of parameters": what is counted follows the last "of"
        Matcher link = Pattern.compile("(?iu)(?:^|\\s)(?:of|in|for|de los|de las|des|der|del|de)\\s+(?!.*\\s(?:of|de)\\s)")
                .matcher(rest);
        return link.find() ? rest.substring(link.end()).strip() : rest;
    }

    private static String currencyCode(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceFirst("^(?:d'|de\\s+)", "");
        if (w.contains("dollar") || w.equals("usd")) {
            return "USD";
        }
        if (w.startsWith("euro") || w.equals("eur")) {
            return "EUR";
        }
        if (w.startsWith("pound") || w.equals("gbp")) {
            return "GBP";
        }
        if (w.equals("yen")) {
            return "JPY";
        }
        return w.startsWith("cent") ? "cent" : w;
    }

    /**
     * "400,000" and "6.000" group thousands (three digits after the mark); "1,5" and "3.1" are
     * decimals. A space or a narrow no-break space only ever groups.
     */
    static Optional<Double> parse(String number) {
        String n = number.replaceAll("[\\u00a0\\u202f ]", "");
        Matcher grouped = Pattern.compile("^\\d{1,3}(?:([,.])\\d{3})+(?:([.,])(\\d+))?$").matcher(n);
        try {
            if (grouped.matches() && (grouped.group(2) == null || !grouped.group(2).equals(grouped.group(1)))) {
                String integer = n.substring(0, grouped.group(2) == null ? n.length() : n.lastIndexOf(grouped.group(2)))
                        .replaceAll("[,.]", "");
                return Optional.of(Double.parseDouble(grouped.group(3) == null ? integer : integer + "." + grouped.group(3)));
            }
            return Optional.of(Double.parseDouble(n.replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
