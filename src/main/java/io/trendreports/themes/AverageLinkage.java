package io.trendreports.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering with average linkage: the two groups whose members are most similar on
 * average merge, until no two groups reach the threshold. Two groups holding sections of the same
 * report never merge (a report gives each trend its own section).
 *
 * <p>Each row remembers its best partner, so that a merge recomputes only the rows that pointed at
 * the merged groups: about n&sup2; work for n sections instead of n&sup3;.
 */
final class AverageLinkage {

    private AverageLinkage() {
    }

    /** @return the groups, each a list of item indices ascending, in order of their first item */
    static List<List<Integer>> cluster(List<SparseVector> items, List<String> reports, double threshold) {
        return cluster(items, reports, java.util.Collections.nCopies(items.size(), ""), 1, threshold);
    }

    /**
     * @param crossLanguageBoost factor on the similarity of two sections in different languages,
     *                           which can only share names and cognates
     */
    static List<List<Integer>> cluster(List<SparseVector> items, List<String> reports, List<String> languages,
                                       double crossLanguageBoost, double threshold) {
        int n = items.size();
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float s = reports.get(i).equals(reports.get(j)) ? Float.NEGATIVE_INFINITY
                        : (float) (items.get(i).dot(items.get(j))
                        * (languages.get(i).equals(languages.get(j)) ? 1 : crossLanguageBoost));
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        int[] size = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        boolean[] alive = new boolean[n];
        int[] best = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            alive[i] = true;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (int i = 0; i < n; i++) {
            best[i] = bestOf(i, sim, alive);
        }
        while (true) {
            int a = -1;
            float top = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (alive[i] && best[i] >= 0 && sim[i][best[i]] > top) {
                    top = sim[i][best[i]];
                    a = i;
                }
            }
            if (a < 0 || top < threshold) {
                break;
            }
            int b = best[a];
            // a absorbs b; Lance-Williams update for average linkage (-inf stays -inf: a shared report)
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != a && k != b) {
                    float s = (size[a] * sim[a][k] + size[b] * sim[b][k]) / (size[a] + size[b]);
                    sim[a][k] = s;
                    sim[k][a] = s;
                }
            }
            size[a] += size[b];
            members.get(a).addAll(members.get(b));
            alive[b] = false;
            best[a] = bestOf(a, sim, alive);
            for (int k = 0; k < n; k++) {
                if (!alive[k] || k == a) {
                    continue;
                }
                if (best[k] == a || best[k] == b) {
                    best[k] = bestOf(k, sim, alive);
                } else if (best[k] < 0 || sim[k][a] > sim[k][best[k]]) {
                    best[k] = a;
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                List<Integer> g = members.get(i);
                g.sort(null);
                groups.add(g);
            }
        }
        groups.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return groups;
    }

    private static int bestOf(int i, float[][] sim, boolean[] alive) {
        int best = -1;
        float top = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < sim.length; k++) {
            if (k != i && alive[k] && sim[i][k] > top) {
                top = sim[i][k];
                best = k;
            }
        }
        return best;
    }
}
