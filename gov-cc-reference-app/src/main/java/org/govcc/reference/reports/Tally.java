package org.govcc.reference.reports;

/**
 * What the database summed for a group of calls (a bucket, a line, a queue) and of agents' time: counts and total
 * milliseconds, which add up across groups exactly; the averages and shares are made from them at the end
 * ({@link Measures}). Immutable.
 *
 * @param offered calls that entered a queue
 * @param answered of those, answered by an agent while the caller waited on the line (callbacks apart)
 * @param answeredWithin of those, answered within their queue's service-level threshold
 * @param abandoned callers who hung up while waiting, after the short-abandon threshold
 * @param abandonedWithin of those, who hung up within the service-level threshold
 * @param shortAbandoned callers who hung up before the short-abandon threshold (reported apart, never counted in the
 *     service level)
 * @param callbacksRequested callers who asked to be called back
 * @param callbacksCompleted of those, called back and connected to an agent
 * @param answeredWaitMillis the answered calls' waits, added up
 * @param handled calls with a talk time (an agent talked with the caller; callbacks included)
 * @param talkMillis their talk without the time on hold, added up
 * @param holdMillis their time on hold, added up
 * @param wrappedUp calls whose after-call work has ended
 * @param wrapUpMillis that work, added up
 * @param transfers times an agent sent a call on
 * @param busyMillis agents' time offered, talking or in after-call work
 * @param staffedMillis agents' busy time plus their time available
 */
public record Tally(long offered, long answered, long answeredWithin, long abandoned, long abandonedWithin,
                    long shortAbandoned, long callbacksRequested, long callbacksCompleted, long answeredWaitMillis,
                    long handled, long talkMillis, long holdMillis, long wrappedUp, long wrapUpMillis,
                    long transfers, long busyMillis, long staffedMillis) {

    /** Nothing. */
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Returns the tally of both groups. */
    public Tally plus(Tally o) {
        return new Tally(offered + o.offered, answered + o.answered, answeredWithin + o.answeredWithin,
                abandoned + o.abandoned, abandonedWithin + o.abandonedWithin, shortAbandoned + o.shortAbandoned,
                callbacksRequested + o.callbacksRequested, callbacksCompleted + o.callbacksCompleted,
                answeredWaitMillis + o.answeredWaitMillis, handled + o.handled, talkMillis + o.talkMillis,
                holdMillis + o.holdMillis, wrappedUp + o.wrappedUp, wrapUpMillis + o.wrapUpMillis,
                transfers + o.transfers, busyMillis + o.busyMillis, staffedMillis + o.staffedMillis);
    }

    /** Returns this tally with agents' time instead of its own. */
    public Tally withAgentTime(long busy, long staffed) {
        return new Tally(offered, answered, answeredWithin, abandoned, abandonedWithin, shortAbandoned,
                callbacksRequested, callbacksCompleted, answeredWaitMillis, handled, talkMillis, holdMillis, wrappedUp,
                wrapUpMillis, transfers, busy, staffed);
    }
}
