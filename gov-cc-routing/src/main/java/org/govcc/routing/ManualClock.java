package org.govcc.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.govcc.api.internal.Require;

/**
 * A clock that only moves when told to, for tests and the simulator.
 *
 * <p>Thread-safe. Time never goes backwards: {@link #setInstant} to an earlier instant is refused.
 *
 * @since 0.1
 */
public final class ManualClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    /** Returns a clock at {@code start} in UTC. */
    public ManualClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    /** Returns a clock at {@code start} in {@code zone}. */
    public ManualClock(Instant start, ZoneId zone) {
        this.now = Require.nonNull(start, "start");
        this.zone = Require.nonNull(zone, "zone");
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ManualClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Moves the clock forward by {@code amount} (zero or more). */
    public synchronized void advance(Duration amount) {
        Require.nonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative, but was " + amount);
        }
        now = now.plus(amount);
    }

    /** Sets the clock to {@code instant}, which must not be before the current instant. */
    public synchronized void setInstant(Instant instant) {
        Require.nonNull(instant, "instant");
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException("instant must not be before " + now + ", but was " + instant);
        }
        now = instant;
    }
}
