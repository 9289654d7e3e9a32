package org.govcc.sip;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.govcc.api.call.LineId;
import org.govcc.api.internal.Require;

/**
 * The seats of the SIP edge: one limit for all calls together, and optionally a lower one per line, so that a busy
 * line cannot take the seats another line (the complaint line) needs. A call holds one seat of the total and one of
 * its line's from admission until it ends.
 *
 * <p>Thread-safe and lock-free: a seat is taken by incrementing and given back when the increment overshot.
 */
final class Admissions {

    private final int total;
    private final AtomicInteger admitted = new AtomicInteger();
    private final Map<LineId, Seats> lines;

    /** @param perLine lines with a limit of their own, each at most {@code total}; other lines share the total */
    Admissions(int total, Map<LineId, Integer> perLine) {
        Require.inRange(total, 1, 1_000_000, "total");
        this.total = total;
        Map<LineId, Seats> seats = new HashMap<>();
        perLine.forEach((line, limit) -> {
            Require.inRange(limit, 1, total, "admission limit of line " + line.value());
            seats.put(line, new Seats(limit));
        });
        this.lines = Map.copyOf(seats);
    }

    /** Takes a seat for a call on {@code line}; returns why not when the line or the whole edge is full. */
    Optional<String> admit(LineId line) {
        Seats own = lines.get(line);
        if (own != null && own.taken.incrementAndGet() > own.limit) {
            own.taken.decrementAndGet();
            return Optional.of("admission limit " + own.limit + " of line " + line.value() + " reached");
        }
        if (admitted.incrementAndGet() > total) {
            admitted.decrementAndGet();
            if (own != null) {
                own.taken.decrementAndGet();
            }
            return Optional.of("admission limit " + total + " reached");
        }
        return Optional.empty();
    }

    /** Gives back the seat a call on {@code line} held. */
    void release(LineId line) {
        admitted.decrementAndGet();
        Seats own = lines.get(line);
        if (own != null) {
            own.taken.decrementAndGet();
        }
    }

    /** Returns the calls holding a seat now. */
    int admitted() {
        return admitted.get();
    }

    private static final class Seats {
        final int limit;
        final AtomicInteger taken = new AtomicInteger();

        Seats(int limit) {
            this.limit = limit;
        }
    }
}
