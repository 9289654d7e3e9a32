package org.govcc.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.api.routing.SkillRequirement;

/**
 * A widening step: after a call has waited {@code after}, more agents may take it (what Amazon Connect calls
 * routing steps and Genesys bullseye rings).
 *
 * <p>Steps apply cumulatively in order. {@code lowerMinimumTo} caps every required level (accept a less
 * skilled agent); {@code overflowTo} adds an alternative target in which each mapped skill is replaced by
 * another group's skill (the original agents stay eligible). Immutable.
 *
 * @param after waiting time at which the step applies; more than zero
 * @param lowerMinimumTo the highest minimum level any requirement keeps, if the step lowers levels
 * @param overflowTo skill substitutions for the overflow alternative; may be empty
 * @since 0.1
 */
public record RoutingStep(Duration after, Optional<SkillLevel> lowerMinimumTo, Map<SkillId, SkillId> overflowTo) {

    /** Validates the values and freezes the map. */
    public RoutingStep {
        Require.nonNull(after, "after");
        Require.that(!after.isNegative() && !after.isZero(), "after must be more than zero, but was " + after);
        Require.nonNull(lowerMinimumTo, "lowerMinimumTo");
        overflowTo = Map.copyOf(Require.nonNull(overflowTo, "overflowTo"));
        Require.that(lowerMinimumTo.isPresent() || !overflowTo.isEmpty(),
                "a routing step must lower the minimum level or overflow to another skill");
    }

    /** Returns a step that, after {@code after}, accepts agents at level {@code level} or above. */
    public static RoutingStep lowerLevel(Duration after, int level) {
        return new RoutingStep(after, Optional.of(SkillLevel.of(level)), Map.of());
    }

    /** Returns a step that, after {@code after}, also accepts agents holding {@code to} instead of {@code from}. */
    public static RoutingStep overflow(Duration after, String from, String to) {
        return new RoutingStep(after, Optional.empty(), Map.of(new SkillId(from), new SkillId(to)));
    }

    /** Applies this step to the current alternatives and returns the widened ones (duplicates dropped). */
    List<List<SkillRequirement>> apply(List<List<SkillRequirement>> alternatives) {
        List<List<SkillRequirement>> result = new ArrayList<>();
        for (List<SkillRequirement> alt : alternatives) {
            addDistinct(result, lower(alt));
        }
        if (!overflowTo.isEmpty()) {
            for (List<SkillRequirement> alt : alternatives) {
                List<SkillRequirement> swapped = new ArrayList<>();
                boolean changed = false;
                for (SkillRequirement r : lower(alt)) {
                    SkillId to = overflowTo.get(r.skill());
                    if (to != null) {
                        swapped.add(new SkillRequirement(to, r.minimum()));
                        changed = true;
                    } else {
                        swapped.add(r);
                    }
                }
                if (changed) {
                    addDistinct(result, List.copyOf(swapped));
                }
            }
        }
        return List.copyOf(result);
    }

    private List<SkillRequirement> lower(List<SkillRequirement> alt) {
        if (lowerMinimumTo.isEmpty()) {
            return alt;
        }
        SkillLevel cap = lowerMinimumTo.get();
        List<SkillRequirement> out = new ArrayList<>(alt.size());
        for (SkillRequirement r : alt) {
            out.add(r.minimum().compareTo(cap) > 0 ? new SkillRequirement(r.skill(), cap) : r);
        }
        return List.copyOf(out);
    }

    private static void addDistinct(List<List<SkillRequirement>> into, List<SkillRequirement> alt) {
        if (!into.contains(alt)) {
            into.add(alt);
        }
    }
}
