package org.govcc.routing.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.internal.Require;
import org.govcc.routing.staffing.ArrivalProfile;

/**
 * Everything a simulation run needs: arrivals, the queues and their call mix, the agents' shifts, handling
 * and patience distributions, and the seed that makes the run repeatable.
 *
 * @param name for reports
 * @param start the simulated instant at which the arrival profile's first interval starts
 * @param arrivals expected calls per interval (Poisson arrivals at each interval's rate)
 * @param skills every skill in the scenario
 * @param mix the queues and their shares of the arrivals
 * @param shifts the agents' shifts
 * @param handle talk and wrap-up times
 * @param patience how long callers wait before hanging up; empty for endless patience
 * @param ringDelay how long agents take to pick up
 * @param noAnswerProbability chance that an agent lets an offered call ring out
 * @param warmUp calls arriving earlier are not measured (lets a steady-state run fill up)
 * @param seed the random seed
 * @since 0.1
 */
public record Scenario(String name, Instant start, ArrivalProfile arrivals, Set<String> skills, List<CallMix> mix,
                       List<Shift> shifts, HandleModel handle, Optional<Distribution> patience,
                       Distribution ringDelay, double noAnswerProbability, Duration warmUp, long seed) {

    /** Validates the values. */
    public Scenario {
        Require.nonBlank(name, "name");
        Require.nonNull(start, "start");
        Require.nonNull(arrivals, "arrivals");
        skills = Set.copyOf(Require.nonNull(skills, "skills"));
        mix = List.copyOf(Require.nonNull(mix, "mix"));
        Require.that(!mix.isEmpty(), "mix must hold at least one queue");
        shifts = List.copyOf(Require.nonNull(shifts, "shifts"));
        Require.nonNull(handle, "handle");
        Require.nonNull(patience, "patience");
        Require.nonNull(ringDelay, "ringDelay");
        Require.that(noAnswerProbability >= 0 && noAnswerProbability < 1,
                "noAnswerProbability must be in [0, 1), but was " + noAnswerProbability);
        Require.nonNull(warmUp, "warmUp");
    }

    /** Returns the length of the arrival period. */
    public Duration arrivalPeriod() {
        return arrivals.interval().multipliedBy(arrivals.calls().size());
    }

    /** Returns a copy with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, start, arrivals, skills, mix, shifts, handle, patience, ringDelay,
                noAnswerProbability, warmUp, newSeed);
    }

    /** Returns a copy with other shifts. */
    public Scenario withShifts(List<Shift> newShifts) {
        return new Scenario(name, start, arrivals, skills, mix, new ArrayList<>(newShifts), handle, patience,
                ringDelay, noAnswerProbability, warmUp, seed);
    }
}
