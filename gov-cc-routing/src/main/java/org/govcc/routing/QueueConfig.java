package org.govcc.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.RoutingStrategy;
import org.govcc.api.routing.SkillRequirement;
import org.govcc.api.routing.Topic;
import org.govcc.api.schedule.ScheduleId;

/**
 * One queue's configuration: whom it needs, how it picks agents, how long things may take.
 *
 * <p>Immutable; validated on construction with messages that name the queue and the field. Build with
 * {@link #builder(String)}.
 *
 * @param id the queue's identity
 * @param requirements the skills a call needs when it brings none of its own; may be empty (any agent)
 * @param strategy how to pick among several available agents
 * @param ringTimeout how long an offered agent's phone rings; more than zero
 * @param wrapUp after-call work allowed before the distributor ends it; zero for none
 * @param agingPerPoint waiting time that raises a call's effective priority by one point; empty for no aging
 * @param neverOvertaken whether this queue's calls go before every aged call of other queues (complaint line)
 * @param steps widening steps, in increasing order of {@link RoutingStep#after()}
 * @param callbacks the callback policy
 * @param schedule the opening hours callbacks respect; empty for always open
 * @param serviceLevelThreshold T in "answered within T"; more than zero
 * @param shortAbandonThreshold abandons quicker than this do not count against the service level
 * @param expectedHandleTime the handling time the wait estimator starts from, before calls are measured
 * @param maxWaiting the most calls that may wait; a caller beyond it is refused
 * @param priority the priority of this queue's calls when the flow gives none (a callback keeps it too): calls
 *                 of a higher-priority queue go first to an agent who serves both
 * @since 0.1
 */
public record QueueConfig(QueueId id, List<SkillRequirement> requirements, RoutingStrategy strategy,
                          Duration ringTimeout, Duration wrapUp, Optional<Duration> agingPerPoint,
                          boolean neverOvertaken, List<RoutingStep> steps, CallbackPolicy callbacks,
                          Optional<ScheduleId> schedule, Duration serviceLevelThreshold,
                          Duration shortAbandonThreshold, Duration expectedHandleTime, int maxWaiting,
                          Priority priority) {

    /** Validates the values; each message names the queue and the field. */
    public QueueConfig {
        Require.nonNull(id, "queue id");
        String q = "queue " + id + ": ";
        requirements = List.copyOf(Require.nonNull(requirements, q + "requirements"));
        Require.nonNull(strategy, q + "strategy");
        positive(ringTimeout, q + "ringTimeout");
        notNegative(wrapUp, q + "wrapUp");
        Require.nonNull(agingPerPoint, q + "agingPerPoint");
        agingPerPoint.ifPresent(a -> positive(a, q + "agingPerPoint"));
        steps = List.copyOf(Require.nonNull(steps, q + "steps"));
        for (int i = 1; i < steps.size(); i++) {
            Require.that(steps.get(i).after().compareTo(steps.get(i - 1).after()) > 0,
                    q + "steps[" + i + "].after must be later than steps[" + (i - 1) + "].after");
        }
        Require.nonNull(callbacks, q + "callbacks");
        Require.nonNull(schedule, q + "schedule");
        positive(serviceLevelThreshold, q + "serviceLevelThreshold");
        notNegative(shortAbandonThreshold, q + "shortAbandonThreshold");
        positive(expectedHandleTime, q + "expectedHandleTime");
        Require.inRange(maxWaiting, 1, Integer.MAX_VALUE, q + "maxWaiting");
        Require.nonNull(priority, q + "priority");
    }

    private static void positive(Duration d, String field) {
        Require.nonNull(d, field);
        Require.that(!d.isNegative(), field + " must not be negative, but was " + d);
        Require.that(!d.isZero(), field + " must be more than zero");
    }

    private static void notNegative(Duration d, String field) {
        Require.nonNull(d, field);
        Require.that(!d.isNegative(), field + " must not be negative, but was " + d);
    }

    /** Returns a builder for queue {@code id} with the defaults documented on each setter. */
    public static Builder builder(String id) {
        return new Builder(new QueueId(id));
    }

    /** Returns a builder for queue {@code id}. */
    public static Builder builder(QueueId id) {
        return new Builder(id);
    }

    /**
     * Returns a builder for the queue of {@code topic} (one queue per topic, the default layout): same id,
     * requiring the topic's skill at level 1 or more, callbacks within the topic's schedule.
     */
    public static Builder forTopic(Topic topic) {
        Require.nonNull(topic, "topic");
        return new Builder(new QueueId(topic.id().value())).requires(topic.skill().value(), 1)
                .schedule(topic.schedule());
    }

    /** Builds a {@link QueueConfig}; not thread-safe. */
    public static final class Builder {
        private final QueueId id;
        private final List<SkillRequirement> requirements = new ArrayList<>();
        private RoutingStrategy strategy = Strategies.longestIdle();
        private Duration ringTimeout = Duration.ofSeconds(20);
        private Duration wrapUp = Duration.ofSeconds(30);
        private Optional<Duration> agingPerPoint = Optional.empty();
        private boolean neverOvertaken;
        private final List<RoutingStep> steps = new ArrayList<>();
        private CallbackPolicy callbacks = CallbackPolicy.allowed(3, Duration.ofMinutes(5));
        private Optional<ScheduleId> schedule = Optional.empty();
        private Duration serviceLevelThreshold = Duration.ofSeconds(20);
        private Duration shortAbandonThreshold = Duration.ofSeconds(5);
        private Duration expectedHandleTime = Duration.ofSeconds(270);
        private int maxWaiting = 100_000;
        private Priority priority = Priority.NORMAL;

        private Builder(QueueId id) {
            this.id = Require.nonNull(id, "queue id");
        }

        /** Adds a required skill (default: none). */
        public Builder requires(String skill, int minimumLevel) {
            requirements.add(SkillRequirement.of(skill, minimumLevel));
            return this;
        }

        /** Sets the strategy (default: longest idle). */
        public Builder strategy(RoutingStrategy value) {
            this.strategy = value;
            return this;
        }

        /** Sets the ring time-out (default 20 s). */
        public Builder ringTimeout(Duration value) {
            this.ringTimeout = value;
            return this;
        }

        /** Sets the after-call work limit (default 30 s; zero for none). */
        public Builder wrapUp(Duration value) {
            this.wrapUp = value;
            return this;
        }

        /** Ages priority by one point per {@code value} of waiting (default: no aging). */
        public Builder agingPerPoint(Duration value) {
            this.agingPerPoint = Optional.of(Require.nonNull(value, "queue " + id + ": agingPerPoint"));
            return this;
        }

        /** Makes this queue's calls go before every other queue's, however long those waited (default off). */
        public Builder neverOvertaken(boolean value) {
            this.neverOvertaken = value;
            return this;
        }

        /** Adds a widening step (default: none). */
        public Builder step(RoutingStep value) {
            steps.add(value);
            return this;
        }

        /** Sets the callback policy (default: allowed, 3 attempts, 5 min apart). */
        public Builder callbacks(CallbackPolicy value) {
            this.callbacks = value;
            return this;
        }

        /** Sets the schedule callbacks respect (default: always open). */
        public Builder schedule(ScheduleId value) {
            this.schedule = Optional.of(Require.nonNull(value, "queue " + id + ": schedule"));
            return this;
        }

        /** Sets T of the service level (default 20 s). */
        public Builder serviceLevelThreshold(Duration value) {
            this.serviceLevelThreshold = value;
            return this;
        }

        /** Sets the short-abandon threshold (default 5 s). */
        public Builder shortAbandonThreshold(Duration value) {
            this.shortAbandonThreshold = value;
            return this;
        }

        /** Sets the handling time the estimator starts from (default 270 s). */
        public Builder expectedHandleTime(Duration value) {
            this.expectedHandleTime = value;
            return this;
        }

        /** Sets the most calls that may wait (default 100,000). */
        public Builder maxWaiting(int value) {
            this.maxWaiting = value;
            return this;
        }

        /** Sets the priority of calls the flow gives none (default {@link Priority#NORMAL}). */
        public Builder priority(Priority value) {
            this.priority = value;
            return this;
        }

        /** Returns the validated configuration. */
        public QueueConfig build() {
            return new QueueConfig(id, requirements, strategy, ringTimeout, wrapUp, agingPerPoint, neverOvertaken,
                    steps, callbacks, schedule, serviceLevelThreshold, shortAbandonThreshold, expectedHandleTime,
                    maxWaiting, priority);
        }
    }
}
