package org.govcc.reference.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.reference.config.MinistryOfLabourLine;

/** Produces the engines configured for the reference line. */
@ApplicationScoped
public class EngineProducers {

    /** The wall clock; tests replace it with a fixed one through an alternative. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The line's service calendar (immutable, shared). */
    @Produces
    @ApplicationScoped
    ServiceSchedule serviceSchedule() {
        return MinistryOfLabourLine.calendar();
    }
}
