package org.govcc.api.schedule;

/**
 * Why a schedule is closed at an instant.
 *
 * @since 0.1
 */
public enum ClosureReason {
    /** Outside the weekly opening hours (evening, night, Sunday). */
    OUTSIDE_HOURS,
    /** A public holiday. */
    PUBLIC_HOLIDAY,
    /** A closure decided for this date (e.g. a moved holiday, a strike, a system upgrade). */
    EXTRA_CLOSURE
}
