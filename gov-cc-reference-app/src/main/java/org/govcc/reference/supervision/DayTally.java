package org.govcc.reference.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.govcc.api.call.CallId;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.QueueId;
import org.govcc.reference.config.ServiceLevelFormula;
import org.govcc.routing.QueueConfig;

/**
 * Today's figures (the line's zone, from local midnight) per queue and per half-hour, counted from the line's events:
 * the distributor's own statistics run from the server's start, a supervisor reads the day. Short abandons are left out
 * of the service level, which {@link ServiceLevelFormula} computes as the reports do. Callbacks are counted apart and
 * their connections are not answers. Not thread-safe: the owner serialises calls.
 */
final class DayTally {

    /** The chart's interval. */
    static final Duration INTERVAL = Duration.ofMinutes(30);
    /** Half-hours of a day by the local clock (a day with a clock change folds or skips one). */
    static final int SLOTS = 48;

    private static final int OFFERED = 0;
    private static final int ANSWERED = 1;
    private static final int ANSWERED_WITHIN = 2;
    private static final int ABANDONED = 3;
    private static final int ABANDONED_WITHIN = 4;
    private static final int CALLBACKS = 5;
    private static final int FIELDS = 6;

    /** Today's counts of one queue or of the line. */
    record Figures(long offered, long answered, long answeredWithin, long abandoned, long abandonedWithin,
                   long callbacks) {

        /** The service level under {@code formula}, as a share; empty when no call counts. */
        OptionalDouble serviceLevel(ServiceLevelFormula formula) {
            return formula.share(answered, answeredWithin, abandoned, abandonedWithin);
        }

        /** The calls that count in the service level. */
        long counted(ServiceLevelFormula formula) {
            return formula == ServiceLevelFormula.ABANDONS_EXCLUDED ? answered : answered + abandoned;
        }
    }

    private final ZoneId zone;
    private final Map<QueueId, QueueConfig> queues = new LinkedHashMap<>();
    private final Map<QueueId, long[][]> counts = new HashMap<>();
    /** The queue of each call in progress, so an answer or an abandon is counted on it. */
    private final Map<CallId, QueueId> queueOf = new HashMap<>();
    private final Set<CallId> callbacks = new HashSet<>();
    private LocalDate day;

    DayTally(ZoneId zone, List<QueueConfig> queues) {
        this.zone = zone;
        queues.forEach(q -> this.queues.put(q.id(), q));
    }

    /** Counts what {@code event} adds to today (a new day starts from zero). */
    void onEvent(CallCentreEvent event) {
        ZonedDateTime local = event.at().atZone(zone);
        rollTo(local.toLocalDate());
        int slot = slot(local.toLocalTime());
        if (event instanceof CallCentreEvent.CallQueued e) {
            queueOf.put(e.call(), e.queue());
            add(e.queue(), slot, OFFERED);
        } else if (event instanceof CallCentreEvent.CallConnected e) {
            QueueId queue = queueOf.get(e.call());
            if (queue != null && !callbacks.contains(e.call()) && queues.containsKey(queue)) {
                add(queue, slot, ANSWERED);
                if (e.waited().compareTo(queues.get(queue).serviceLevelThreshold()) <= 0) {
                    add(queue, slot, ANSWERED_WITHIN);
                }
            }
        } else if (event instanceof CallCentreEvent.CallAbandoned e) {
            QueueConfig q = queues.get(e.queue());
            if (q != null && !callbacks.contains(e.call())
                    && e.waited().compareTo(q.shortAbandonThreshold()) >= 0) {
                add(e.queue(), slot, ABANDONED);
                if (e.waited().compareTo(q.serviceLevelThreshold()) <= 0) {
                    add(e.queue(), slot, ABANDONED_WITHIN);
                }
            }
        } else if (event instanceof CallCentreEvent.CallbackRequested e) {
            callbacks.add(e.call());
            add(e.queue(), slot, CALLBACKS);
        } else if (event instanceof CallCentreEvent.CallEnded e) {
            queueOf.remove(e.call());
            callbacks.remove(e.call());
        }
    }

    /** Today's figures of {@code queue} as of {@code now} (zero for an unknown queue or a day not yet counted). */
    Figures queue(QueueId queue, Instant now) {
        rollTo(now.atZone(zone).toLocalDate());
        long[] sum = new long[FIELDS];
        long[][] c = counts.get(queue);
        if (c != null) {
            for (long[] slot : c) {
                for (int f = 0; f < FIELDS; f++) {
                    sum[f] += slot[f];
                }
            }
        }
        return figures(sum);
    }

    /** All queues together, per half-hour of today from midnight up to the one {@code now} is in. */
    List<Figures> intervals(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        rollTo(local.toLocalDate());
        int last = slot(local.toLocalTime());
        List<Figures> out = new java.util.ArrayList<>(last + 1);
        for (int s = 0; s <= last; s++) {
            long[] sum = new long[FIELDS];
            for (long[][] c : counts.values()) {
                for (int f = 0; f < FIELDS; f++) {
                    sum[f] += c[s][f];
                }
            }
            out.add(figures(sum));
        }
        return out;
    }

    /** The start of half-hour {@code slot} by the local clock. */
    static LocalTime start(int slot) {
        return LocalTime.MIDNIGHT.plus(INTERVAL.multipliedBy(slot));
    }

    private void rollTo(LocalDate today) {
        if (!today.equals(day)) {
            // A new day: yesterday's counts go; the calls in progress keep their queues.
            day = today;
            counts.clear();
        }
    }

    private void add(QueueId queue, int slot, int field) {
        counts.computeIfAbsent(queue, q -> new long[SLOTS][FIELDS])[slot][field]++;
    }

    private static int slot(LocalTime time) {
        return Math.min(SLOTS - 1, time.toSecondOfDay() / (int) INTERVAL.toSeconds());
    }

    private static Figures figures(long[] f) {
        return new Figures(f[OFFERED], f[ANSWERED], f[ANSWERED_WITHIN], f[ABANDONED], f[ABANDONED_WITHIN],
                f[CALLBACKS]);
    }
}
