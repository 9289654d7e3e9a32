package org.govcc.reference.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.govcc.api.internal.Require;

/**
 * Turns a burst of changes into one push, and at most one push per interval: the first change after a quiet spell is
 * pushed at once, later ones wait for the interval since the last push to pass, and every change made while a push is
 * pending rides on it. A push therefore never lags its change by more than the interval. Thread-safe.
 */
final class Coalescer {

    /** Runs a task later, e.g. on a managed scheduled executor. */
    interface Timer {
        void schedule(Duration delay, Runnable task);
    }

    private final Duration interval;
    private final Clock clock;
    private final Timer timer;
    private final Runnable push;
    private boolean pending;
    private Instant lastPush = Instant.MIN;

    Coalescer(Duration interval, Clock clock, Timer timer, Runnable push) {
        this.interval = Require.nonNull(interval, "interval");
        this.clock = Require.nonNull(clock, "clock");
        this.timer = Require.nonNull(timer, "timer");
        this.push = Require.nonNull(push, "push");
    }

    /** Says that something changed: a push follows, now or when the interval since the last one has passed. */
    void changed() {
        Duration delay;
        synchronized (this) {
            if (pending) {
                return;
            }
            pending = true;
            Instant now = clock.instant();
            Instant next = lastPush.equals(Instant.MIN) ? now : lastPush.plus(interval);
            delay = next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO;
        }
        timer.schedule(delay, this::fire);
    }

    private void fire() {
        synchronized (this) {
            // Cleared before the push, so a change made during it gets a push of its own.
            pending = false;
            lastPush = clock.instant();
        }
        push.run();
    }
}
