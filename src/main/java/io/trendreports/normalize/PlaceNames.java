package io.trendreports.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries, regions and cities as entity definitions of type {@code place}, each under its English
 * name ("Deutschland", "Allemagne" and "Alemania" are Germany), so that editions in different
 * languages name a place alike. Country names in the languages reports are written in come from
 * the JDK's locale data; regions, cities and extra spellings from {@code /normalize/places.txt}.
 */
final class PlaceNames {

    static final String TYPE = "place";
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN,
            Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));
    /** Locale data's administrative names ("Hong Kong SAR China") are not how reports write them. */
    private static final Set<String> ADMINISTRATIVE = Set.of("SAR", "R.A.S.", "RAE", "(", " - ", "Outlying", "&");

    private PlaceNames() {
    }

    /**
     * The language a country's spelling belongs to, for spellings that only count in reports of
     * that language: German "Island" is Iceland, English "Three Mile Island" is not. English names
     * and the listed spellings count everywhere, so they are not here.
     */
    static Map<String, String> languageOnly() {
        Map<String, String> only = new java.util.HashMap<>();
        Set<String> everywhere = new java.util.HashSet<>();
        for (String code : Locale.getISOCountries()) {
            everywhere.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        listed().forEach(everywhere::addAll);
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale language : LANGUAGES) {
                String name = country.getDisplayCountry(language);
                for (String spelling : List.of(name, name.replace('\u2019', '\''))) {
                    if (!everywhere.contains(spelling)) {
                        // a spelling shared by two languages ("Brasil") counts in both
                        only.merge(spelling, language.getLanguage(), (a, b) -> a.equals(b) ? a : a + "," + b);
                    }
                }
            }
        }
        return only;
    }

    /** Every place, skipping any spelling {@code taken} already (the analysts' catalogue wins). */
    static List<EntityDefinition> definitions(Set<String> taken) {
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String english = country.getDisplayCountry(Locale.ENGLISH);
            if (administrative(english)) {
                continue;
            }
            List<String> names = spellings.computeIfAbsent(english, k -> new ArrayList<>());
            for (Locale language : LANGUAGES) {
                String name = country.getDisplayCountry(language);
                if (!administrative(name) && !names.contains(name) && !name.equals(english)) {
                    names.add(name);
                }
                // reports type a plain apostrophe where locale data has a typographic one
                String plain = name.replace('\u2019', '\'');
                if (!plain.equals(name) && !names.contains(plain)) {
                    names.add(plain);
                }
            }
        }
        for (List<String> line : listed()) {
            List<String> names = spellings.computeIfAbsent(line.get(0), k -> new ArrayList<>());
            line.subList(1, line.size()).stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        List<EntityDefinition> places = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>(taken);
        spellings.forEach((name, aliases) -> {
            if (used.contains(name)) {
                return;
            }
            List<String> free = aliases.stream().filter(a -> !used.contains(a) && !a.equals(name)).distinct().toList();
            used.add(name);
            used.addAll(free);
            places.add(new EntityDefinition(name, TYPE, free));
        });
        return places;
    }

    private static boolean administrative(String name) {
        return ADMINISTRATIVE.stream().anyMatch(name::contains);
    }

    private static List<List<String>> listed() {
        InputStream in = PlaceNames.class.getResourceAsStream("/normalize/places.txt");
        if (in == null) {
            return List.of();
        }
        List<List<String>> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(List.of(line.strip().split("\\s*\\|\\s*")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
