package io.trendreports.source;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The parts at one level that stand under a framing part one or more levels up: "### Lead story"
 * and "### Why these stories?" under "## Recommendations" belong to that note, not to the report's
 * own parts.
 */
final class FiledUnderNotes {

    private FiledUnderNotes() {
    }

    /** The units of {@code units} at {@code level} whose nearest unit above that level is a note. */
    static Set<OutlineUnit> at(List<OutlineUnit> units, int level) {
        Set<OutlineUnit> filed = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean underNote = false;
        for (OutlineUnit u : units) {
            if (u.level() < level) {
                underNote = u.isNote();
            } else if (u.level() == level && underNote) {
                filed.add(u);
            }
        }
        return filed;
    }
}
