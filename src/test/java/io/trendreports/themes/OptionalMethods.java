package io.trendreports.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * Methods whose libraries are only on the classpath with a Maven profile (the sentence-embedding
 * model is 93 MB with its runtime): found by name, absent otherwise.
 */
final class OptionalMethods {

    private static final List<String> CLASSES = List.of("io.trendreports.themes.EmbeddingMethod");

    private OptionalMethods() {
    }

    static List<GroupingMethod> load() {
        List<GroupingMethod> methods = new ArrayList<>();
        for (String name : CLASSES) {
            try {
                Object m = Class.forName(name).getMethod("variants").invoke(null);
                for (Object o : (List<?>) m) {
                    methods.add((GroupingMethod) o);
                }
            } catch (ClassNotFoundException e) {
                System.out.println("(" + name + " not on the classpath: run with -Pthemes-embeddings)");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(name, e);
            }
        }
        return methods;
    }
}
