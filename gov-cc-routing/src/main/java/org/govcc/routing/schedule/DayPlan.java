package org.govcc.routing.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govcc.api.internal.Require;
import org.govcc.api.schedule.ClosureReason;

/**
 * What one schedule does on one date: its opening hours that day, and why it is closed outside them.
 *
 * <p>Precedence, highest first: an always-open schedule is open all day; an extra closure closes the whole
 * day ({@link ClosureReason#EXTRA_CLOSURE}); special hours replace the weekly hours (outside them the reason
 * is {@link ClosureReason#PUBLIC_HOLIDAY} with the holiday's name if the date is an observed holiday, else
 * {@link ClosureReason#OUTSIDE_HOURS} with the special day's name); an observed public holiday closes the whole
 * day ({@link ClosureReason#PUBLIC_HOLIDAY}); otherwise the weekly hours of that day of the week apply
 * ({@link ClosureReason#OUTSIDE_HOURS}, no occasion). Immutable.
 *
 * @param date the date, in the calendar's zone
 * @param hours the opening intervals of that date, sorted, not overlapping; empty if closed all day
 * @param reasonWhenClosed the reason reported at an instant of that date outside {@code hours}
 * @param occasion the holiday, closure or special day, if any; its English name is the reported occasion
 * @since 0.1
 */
public record DayPlan(LocalDate date, List<DailyInterval> hours, ClosureReason reasonWhenClosed,
        Optional<Occasion> occasion) {

    /** Validates the values and copies the list. */
    public DayPlan {
        Require.nonNull(date, "date");
        hours = List.copyOf(Require.nonNull(hours, "hours"));
        Require.nonNull(reasonWhenClosed, "reasonWhenClosed");
        Require.nonNull(occasion, "occasion");
    }

    /** Returns whether the schedule is closed for the whole date. */
    public boolean closedAllDay() {
        return hours.isEmpty();
    }
}
