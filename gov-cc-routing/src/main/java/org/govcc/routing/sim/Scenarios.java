package org.govcc.routing.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.routing.CallbackPolicy;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.RoutingStep;
import org.govcc.routing.schedule.ServiceCalendar;
import org.govcc.routing.staffing.ArrivalProfile;
import org.govcc.routing.staffing.ErlangC;

/**
 * Ready-made scenarios: Erlang C's reference queue, a planned day on one pooled queue, and a whole line's day
 * from its {@link DayMix} (its topics, their shares and a confidential line, read from the line's data).
 *
 * @since 0.1
 */
public final class Scenarios {

    /** A Monday in March 2026, 08:00 Athens time (06:00 UTC). */
    public static final Instant REFERENCE_DAY = Instant.parse("2026-03-02T06:00:00Z");

    /** The date a line's day is simulated on, in the distributor's default zone (no holiday, no DST change). */
    private static final LocalDate LINE_DAY = LocalDate.of(2026, 3, 2);

    private Scenarios() {
    }

    /**
     * Returns Erlang C's own world: one queue, Poisson arrivals at {@code erlangs} of traffic, exponential
     * handling time (10% of it wrap-up), callers who never give up, agents who answer at once, {@code agents}
     * agents all the time; {@code hours} of arrivals, the first measured after one hour of warm-up.
     */
    public static Scenario erlangReference(int agents, double erlangs, Duration handleTime, int hours, long seed) {
        Require.inRange(agents, 1, 100_000, "agents");
        Require.inRange(hours, 2, 10_000, "hours");
        double perHour = erlangs * 3600 / handleTime.toSeconds();
        List<Double> calls = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            calls.add(perHour);
        }
        ArrivalProfile arrivals = new ArrivalProfile(LocalTime.MIDNIGHT, Duration.ofHours(1), calls);
        Duration end = Duration.ofHours(hours + 6L);
        List<Shift> shifts = new ArrayList<>();
        Map<SkillId, SkillLevel> skills = Map.of(new SkillId("line"), SkillLevel.of(5));
        for (int i = 0; i < agents; i++) {
            shifts.add(new Shift("agent-" + i, skills, Duration.ZERO, end, List.of()));
        }
        QueueConfig queue = QueueConfig.builder("line").requires("line", 1).wrapUp(Duration.ofHours(1))
                .expectedHandleTime(handleTime).build();
        return new Scenario("erlang-reference-" + agents, REFERENCE_DAY, arrivals, Set.of("line"),
                List.of(new CallMix(queue, 1, Priority.NORMAL)), shifts,
                HandleModel.exponentialSplit(handleTime.toSeconds(), 0.1), Optional.empty(), Distribution.fixed(0),
                0, Duration.ofHours(1), seed);
    }

    /**
     * Returns a day on one pooled queue staffed per interval as planned ({@code agentsPerInterval}), with
     * exponential handling and optional patience: what the capacity planner simulates to check its plan.
     */
    public static Scenario plannedDay(ArrivalProfile arrivals, int[] agentsPerInterval, Duration handleTime,
                                      Optional<Distribution> patience, long seed) {
        Require.that(agentsPerInterval.length == arrivals.calls().size(),
                "agentsPerInterval must have one entry per interval (" + arrivals.calls().size() + ")");
        Map<SkillId, SkillLevel> skills = Map.of(new SkillId("line"), SkillLevel.of(5));
        List<Shift> shifts = roster("agent", agentsPerInterval, arrivals.interval(), i -> skills, false);
        QueueConfig queue = QueueConfig.builder("line").requires("line", 1).wrapUp(Duration.ofHours(1))
                .expectedHandleTime(handleTime).build();
        return new Scenario("planned-day", REFERENCE_DAY, arrivals, Set.of("line"),
                List.of(new CallMix(queue, 1, Priority.NORMAL)), shifts,
                HandleModel.exponentialSplit(handleTime.toSeconds(), 0.1), patience, Distribution.fixed(0), 0,
                Duration.ZERO, seed);
    }

    /**
     * Returns a line's day: {@code totalCalls} from the day's opening to its closing on its hourly shape, one queue
     * per topic of the mix (skill levels 4+, widening to any level after 60 s) and, if the mix has one, the
     * confidential line (never overtaken, no callbacks, its own specialists); each topic staffed per half hour by
     * Erlang C for 80/20 plus 8% for breaks; log-normal talk (mean 240 s) and wrap-up (mean 30 s); log-normal
     * patience (mean 180 s); 3 s to pick up; 1% of offers ring out; a 15-minute break in every shift of 4 hours or
     * more.
     */
    public static Scenario lineDay(DayMix day, int totalCalls, long seed) {
        Require.nonNull(day, "day");
        Duration interval = Duration.ofMinutes(30);
        Duration handle = Duration.ofSeconds(270);
        ArrivalProfile arrivals = ArrivalProfile.shaped(totalCalls, day.open(), day.close(), interval, day.shape());
        List<CallMix> mix = new ArrayList<>();
        List<Shift> shifts = new ArrayList<>();
        Set<String> skills = new java.util.HashSet<>(day.topics().keySet());
        SplittableRandom levels = new SplittableRandom(seed ^ 0x5EED);
        List<String> topics = new ArrayList<>(day.topics().keySet());
        for (String topic : topics) {
            double share = day.topics().get(topic);
            mix.add(new CallMix(QueueConfig.builder(topic).requires(topic, 4)
                    .step(RoutingStep.lowerLevel(Duration.ofSeconds(60), 1)).agingPerPoint(Duration.ofSeconds(10))
                    .wrapUp(Duration.ofMinutes(10)).expectedHandleTime(handle).build(), share, Priority.NORMAL));
            int[] staff = staffing(arrivals, share, handle, 1.08);
            shifts.addAll(roster(topic, staff, interval, i -> {
                Map<SkillId, SkillLevel> m = new HashMap<>();
                m.put(new SkillId(topic), SkillLevel.of(4 + levels.nextInt(6)));
                if (levels.nextInt(10) < 3) {
                    String other = topics.get(levels.nextInt(topics.size()));
                    m.putIfAbsent(new SkillId(other), SkillLevel.of(1 + levels.nextInt(6)));
                }
                return m;
            }, true));
        }
        if (day.confidentialShare() > 0) {
            String confidential = day.confidentialTopic();
            skills.add(confidential);
            mix.add(new CallMix(QueueConfig.builder(confidential).requires(confidential, 5).neverOvertaken(true)
                    .callbacks(CallbackPolicy.forbidden()).wrapUp(Duration.ofMinutes(10)).expectedHandleTime(handle)
                    .build(), day.confidentialShare(), Priority.HIGHEST));
            int[] specialists = staffing(arrivals, day.confidentialShare(), handle, 1.0);
            for (int i = 0; i < specialists.length; i++) {
                specialists[i] = Math.max(3, specialists[i]);
            }
            shifts.addAll(roster(confidential, specialists, interval,
                    i -> Map.of(new SkillId(confidential), SkillLevel.of(8)), true));
        }
        Instant start = LINE_DAY.atTime(day.open()).atZone(ServiceCalendar.DEFAULT_ZONE).toInstant();
        return new Scenario("line-day", start, arrivals, skills, mix, shifts,
                HandleModel.independent(Distribution.logNormal(240, 150), Distribution.logNormal(30, 15)),
                Optional.of(Distribution.logNormal(180, 120)), Distribution.fixed(3), 0.01, Duration.ZERO, seed);
    }

    private static int[] staffing(ArrivalProfile arrivals, double share, Duration handle, double extra) {
        int[] staff = new int[arrivals.calls().size()];
        for (int i = 0; i < staff.length; i++) {
            double a = ErlangC.traffic(arrivals.calls().get(i) * share, arrivals.interval(), handle);
            staff[i] = a == 0 ? 0 : (int) Math.ceil(ErlangC.agentsFor(a, handle, 0.8, Duration.ofSeconds(20)) * extra);
        }
        return staff;
    }

    /**
     * Turns agents-per-interval into shifts: agent {@code k} works in every interval that needs more than
     * {@code k} agents; consecutive intervals form one shift; the last shift of the day runs one hour past
     * closing so the queue drains.
     */
    static List<Shift> roster(String prefix, int[] agentsPerInterval, Duration interval,
                              IntFunction<Map<SkillId, SkillLevel>> skills, boolean breaks) {
        int max = 0;
        for (int n : agentsPerInterval) {
            max = Math.max(max, n);
        }
        List<Shift> shifts = new ArrayList<>();
        for (int k = 0; k < max; k++) {
            Map<SkillId, SkillLevel> agentSkills = skills.apply(k);
            int i = 0;
            while (i < agentsPerInterval.length) {
                if (agentsPerInterval[i] <= k) {
                    i++;
                    continue;
                }
                int from = i;
                while (i < agentsPerInterval.length && agentsPerInterval[i] > k) {
                    i++;
                }
                Duration start = interval.multipliedBy(from);
                Duration end = interval.multipliedBy(i);
                if (i == agentsPerInterval.length) {
                    end = end.plusHours(1);
                }
                List<Shift.Break> list = new ArrayList<>();
                if (breaks && end.minus(start).compareTo(Duration.ofHours(4)) >= 0) {
                    // stagger breaks so that not everyone leaves at once
                    Duration mid = start.plus(end.minus(start).dividedBy(2)).plusMinutes((k % 6) * 10L - 30);
                    list.add(new Shift.Break(mid, Duration.ofMinutes(15), BreakReason.REST));
                }
                shifts.add(new Shift(prefix + "-" + k, agentSkills, start, end, list));
            }
        }
        return shifts;
    }
}
