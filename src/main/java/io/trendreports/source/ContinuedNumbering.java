package io.trendreports.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered heading whose count goes on one level down ("## 1. General information", then "### 2.
 * Description", "### 3. Products", ...) starts a run of siblings written at two levels: the writer
 * promoted the first part by accident, and a reader sees ten parts, not one part holding nine. The
 * first heading is read at its followers' level.
 */
final class ContinuedNumbering {

    /** Fewer followers than this may be the part's own numbered points. */
    private static final int MIN_FOLLOWERS = 2;

    private ContinuedNumbering() {
    }

    /** The units with each such opening heading moved to its followers' level (the same objects otherwise). */
    static List<OutlineUnit> level(List<OutlineUnit> units) {
        List<OutlineUnit> result = new ArrayList<>(units);
        for (int i = 0; i < result.size(); i++) {
            OutlineUnit u = result.get(i);
            if (u.kind() != UnitKind.HEADING || u.number().isEmpty()) {
                continue;
            }
            int next = u.number().getAsInt() + 1;
            int childLevel = -1;
            int followers = 0;
            boolean continued = true;
            for (int j = i + 1; j < result.size() && result.get(j).level() > u.level(); j++) {
                OutlineUnit c = result.get(j);
                if (childLevel < 0) {
                    childLevel = c.level();
                }
                if (c.level() != childLevel) {
                    continue;
                }
                if (c.number().isPresent() && c.number().getAsInt() == next) {
                    followers++;
                    next++;
                } else if (c.number().isPresent() || followers == 0) {
                    continued = false;
                    break;
                }
            }
            if (continued && followers >= MIN_FOLLOWERS && childLevel > u.level()
                    && UnitKind.of(childLevel) == UnitKind.HEADING) {
                result.set(i, u.atLevel(childLevel));
            }
        }
        return result;
    }
}
