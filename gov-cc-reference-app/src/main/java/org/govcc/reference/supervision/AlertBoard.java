package org.govcc.reference.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alerts raised and not yet cleared: an alert is raised when its condition first holds, keeps its start while the
 * condition goes on, and clears itself when the condition ends (a later occurrence is a new alert). A supervisor's
 * acknowledgement takes it off the board until it clears. Thread-safe: every method is synchronised.
 */
final class AlertBoard {

    /**
     * A raised alert.
     *
     * @param condition the condition as first seen
     * @param acknowledgedBy who acknowledged it, or null
     * @param acknowledgedAt when, or null
     */
    record Raised(AlertCondition condition, String acknowledgedBy, Instant acknowledgedAt) {

        boolean acknowledged() {
            return acknowledgedBy != null;
        }
    }

    private final Map<String, Raised> raised = new LinkedHashMap<>();

    /**
     * Takes the conditions that hold now: new ones are raised, ended ones cleared.
     *
     * @return whether the alerts on the board (the unacknowledged ones) changed
     */
    synchronized boolean update(Map<String, AlertCondition> holding) {
        // A cleared alert that was acknowledged was not on the board: its going changes nothing there.
        boolean changed = raised.entrySet().removeIf(e -> !holding.containsKey(e.getKey()) && !e.getValue()
                .acknowledged());
        raised.keySet().removeIf(id -> !holding.containsKey(id));
        for (Map.Entry<String, AlertCondition> e : holding.entrySet()) {
            if (!raised.containsKey(e.getKey())) {
                raised.put(e.getKey(), new Raised(e.getValue(), null, null));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Acknowledges alert {@code id} on behalf of {@code user}: it leaves the board.
     *
     * @return the alert as it was before, or empty if no such alert is raised now (it may have cleared)
     */
    synchronized Optional<Raised> acknowledge(String id, String user, Instant at) {
        Raised r = raised.get(id);
        if (r == null) {
            return Optional.empty();
        }
        if (!r.acknowledged()) {
            raised.put(id, new Raised(r.condition(), user, at));
        }
        return Optional.of(r);
    }

    /** The alerts on the board: raised, not cleared, not acknowledged, oldest first. */
    synchronized List<AlertCondition> shown() {
        List<AlertCondition> shown = new ArrayList<>();
        raised.values().stream().filter(r -> !r.acknowledged()).map(Raised::condition)
                .sorted(java.util.Comparator.comparing(AlertCondition::since)).forEach(shown::add);
        return shown;
    }
}
