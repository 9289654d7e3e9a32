package org.govcc.reference.reports;

import java.util.OptionalDouble;
import org.govcc.reference.config.ServiceLevelFormula;

/**
 * A group's figures as the ministry reads them: the counts of its {@link Tally}, and the shares and averages made
 * from its sums (seconds and percentages to one decimal; null where nothing was there to measure, e.g. no call
 * answered). Immutable.
 *
 * @param offered calls that entered a queue
 * @param answered answered by an agent while the caller waited (callbacks apart)
 * @param answeredWithinThreshold of those, within their queue's threshold
 * @param abandoned callers who hung up after the short-abandon threshold
 * @param shortAbandoned callers who hung up before it (counted nowhere else)
 * @param callbacksRequested callers who asked to be called back
 * @param callbacksCompleted of those, connected to an agent
 * @param transfers times an agent sent a call on
 * @param serviceLevelPercent by the configured formula
 * @param averageSpeedOfAnswerSeconds the answered calls' mean wait
 * @param averageTalkSeconds the handled calls' mean talk
 * @param averageHoldSeconds the handled calls' mean time on hold
 * @param averageAfterCallWorkSeconds the mean after-call work
 * @param averageHandlingSeconds talk, hold and after-call work
 * @param occupancyPercent agents' busy time (offered, talking, after-call work) over that and their available time
 */
public record Measures(long offered, long answered, long answeredWithinThreshold, long abandoned, long shortAbandoned,
                       long callbacksRequested, long callbacksCompleted, long transfers, Double serviceLevelPercent,
                       Double averageSpeedOfAnswerSeconds, Double averageTalkSeconds, Double averageHoldSeconds,
                       Double averageAfterCallWorkSeconds, Double averageHandlingSeconds, Double occupancyPercent) {

    /** Returns the figures of {@code t}, its service level by {@code formula}. */
    public static Measures of(Tally t, ServiceLevelFormula formula) {
        Double talk = seconds(t.talkMillis(), t.handled());
        Double hold = seconds(t.holdMillis(), t.handled());
        Double wrap = seconds(t.wrapUpMillis(), t.wrappedUp());
        Double handling = talk == null ? null
                : tenth((t.talkMillis() + t.holdMillis()) / 1000.0 / t.handled()
                        + (t.wrappedUp() == 0 ? 0 : t.wrapUpMillis() / 1000.0 / t.wrappedUp()));
        return new Measures(t.offered(), t.answered(), t.answeredWithin(), t.abandoned(), t.shortAbandoned(),
                t.callbacksRequested(), t.callbacksCompleted(), t.transfers(),
                percent(formula.share(t.answered(), t.answeredWithin(), t.abandoned(), t.abandonedWithin())),
                seconds(t.answeredWaitMillis(), t.answered()), talk, hold, wrap, handling,
                t.staffedMillis() == 0 ? null : tenth(100.0 * t.busyMillis() / t.staffedMillis()));
    }

    private static Double percent(OptionalDouble share) {
        return share.isPresent() ? tenth(100 * share.getAsDouble()) : null;
    }

    private static Double seconds(long millis, long count) {
        return count == 0 ? null : tenth(millis / 1000.0 / count);
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
