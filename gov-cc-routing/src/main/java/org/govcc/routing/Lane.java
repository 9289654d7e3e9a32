package org.govcc.routing;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.govcc.api.routing.SkillRequirement;

/** The waiting calls of one queue that need the same (widened) skills, best first. Guarded by the distributor's lock. */
final class Lane {

    /** Effective priority first (a static key, see {@link CallEntry}), then arrival. */
    static final Comparator<CallEntry> RANK = (a, b) -> {
        int c = Long.compare(a.rank1, b.rank1);
        if (c != 0) {
            return c;
        }
        c = Long.compare(a.rank2, b.rank2);
        return c != 0 ? c : Long.compare(a.seq, b.seq);
    };

    final List<List<SkillRequirement>> alternatives;
    final TreeSet<CallEntry> entries = new TreeSet<>(RANK);

    Lane(List<List<SkillRequirement>> alternatives) {
        this.alternatives = alternatives;
    }
}
