package org.govcc.api.schedule;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.Language;
import org.govcc.api.spi.Provider;

/**
 * SPI: the opening hours of lines and topics, holidays and closures included.
 *
 * <p>The default implementation is the Greek service calendar in {@code gov-cc-routing}. Implementations
 * are thread-safe and never block on I/O in {@link #statusAt}.
 *
 * @since 0.1
 */
public interface ServiceSchedule extends Provider {

    /** Returns the schedules this provider knows. */
    Set<ScheduleId> schedules();

    /**
     * Returns whether {@code schedule} is open at {@code at}, and if not why and when it opens again.
     *
     * @throws IllegalArgumentException if {@code schedule} is unknown
     */
    ServiceStatus statusAt(ScheduleId schedule, Instant at);

    /** Returns whether {@code schedule} is open at {@code at}. */
    default boolean isOpen(ScheduleId schedule, Instant at) {
        return statusAt(schedule, at).isOpen();
    }

    /** Returns the first instant at or after {@code at} when {@code schedule} is open. */
    default Optional<Instant> nextOpening(ScheduleId schedule, Instant at) {
        ServiceStatus status = statusAt(schedule, at);
        return status instanceof ServiceStatus.Closed closed ? closed.nextOpening() : Optional.of(at);
    }

    /**
     * Returns the name of the holiday or closure that closes {@code schedule} at {@code at}, in {@code language}
     * (e.g. "Δευτέρα του Πάσχα"), for prompts and screens. By default the English name of
     * {@link ServiceStatus.Closed#occasion()}; providers that know other languages override it.
     */
    default Optional<String> occasionName(ScheduleId schedule, Instant at, Language language) {
        ServiceStatus status = statusAt(schedule, at);
        return status instanceof ServiceStatus.Closed closed ? closed.occasion() : Optional.empty();
    }
}
