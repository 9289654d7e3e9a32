package org.govcc.routing.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.internal.Require;

/**
 * The rules that give the public holidays of any year; a small SPI with built-in {@link #greece()} and
 * {@link #none()}.
 *
 * <p>Implementations are thread-safe, side-effect free and fast (they are consulted for every day a
 * {@link ServiceCalendar} looks at), and never return {@code null}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface PublicHolidays {

    /**
     * Returns the public holidays of {@code year}, sorted by date; two holidays may share a date.
     *
     * @throws IllegalArgumentException if the rules do not cover {@code year}
     */
    List<PublicHoliday> in(int year);

    /** Returns the public holidays that fall on {@code date} (usually none or one). */
    default List<PublicHoliday> on(LocalDate date) {
        Require.nonNull(date, "date");
        List<PublicHoliday> found = new ArrayList<>(1);
        for (PublicHoliday holiday : in(date.getYear())) {
            if (holiday.date().equals(date)) {
                found.add(holiday);
            }
        }
        return List.copyOf(found);
    }

    /** Returns the national public holidays of Greece, movable Orthodox feasts included. */
    static PublicHolidays greece() {
        return GreekPublicHolidays.INSTANCE;
    }

    /** Returns rules without any holiday. */
    static PublicHolidays none() {
        return year -> List.of();
    }
}
