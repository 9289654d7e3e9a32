package org.govcc.routing.staffing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.internal.Require;

/**
 * Plans agents and trunks per interval from an arrival profile.
 *
 * @param handleTime average handling time (talk + wrap-up), for agents
 * @param trunkHoldTime how long a call holds a line (IVR + wait + talk; no wrap-up), for trunks
 * @param serviceLevelTarget e.g. 0.8
 * @param threshold T, e.g. 20 s
 * @param patience mean caller patience, for Erlang A
 * @param blockingTarget e.g. 0.01
 * @param givenTrunks the lines the line has, whose blocking is reported (e.g. 100)
 * @since 0.1
 */
public record StaffingPlanner(Duration handleTime, Duration trunkHoldTime, double serviceLevelTarget,
                              Duration threshold, Duration patience, double blockingTarget, int givenTrunks) {

    /** Validates the values; messages name the field. */
    public StaffingPlanner {
        ErlangC.positive(handleTime, "handleTime");
        ErlangC.positive(trunkHoldTime, "trunkHoldTime");
        Require.that(serviceLevelTarget > 0 && serviceLevelTarget < 1,
                "serviceLevelTarget must be between 0 and 1 (exclusive), but was " + serviceLevelTarget);
        ErlangC.positive(threshold, "threshold");
        ErlangC.positive(patience, "patience");
        Require.that(blockingTarget > 0 && blockingTarget < 1,
                "blockingTarget must be between 0 and 1 (exclusive), but was " + blockingTarget);
        Require.inRange(givenTrunks, 1, 1_000_000, "givenTrunks");
    }

    /** Returns the plan for every interval of {@code profile}. */
    public List<IntervalPlan> plan(ArrivalProfile profile) {
        Require.nonNull(profile, "profile");
        List<IntervalPlan> plans = new ArrayList<>();
        for (int i = 0; i < profile.calls().size(); i++) {
            plans.add(planInterval(profile.start(i), profile.calls().get(i), profile.interval()));
        }
        return plans;
    }

    /** Returns the plan of one interval of {@code length} with {@code calls} expected calls. */
    public IntervalPlan planInterval(java.time.LocalTime start, double calls, Duration length) {
        double a = ErlangC.traffic(calls, length, handleTime);
        double trunkA = ErlangC.traffic(calls, length, trunkHoldTime);
        if (calls == 0) {
            return new IntervalPlan(start, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0);
        }
        int n = ErlangC.agentsFor(a, handleTime, serviceLevelTarget, threshold);
        double rate = calls / ErlangC.seconds(length);
        ErlangA.Result ea = ErlangA.evaluate(n, rate, handleTime, patience, threshold);
        return new IntervalPlan(start, calls, a, n, ErlangC.serviceLevel(n, a, handleTime, threshold),
                ErlangC.averageSpeedOfAnswerSeconds(n, a, handleTime), ErlangC.occupancy(n, a),
                ea.serviceLevel(), ea.probabilityOfAbandon(), trunkA, ErlangB.trunksFor(trunkA, blockingTarget),
                ErlangB.blocking(givenTrunks, trunkA));
    }
}
