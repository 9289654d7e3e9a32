package org.govcc.routing.schedule;

import java.time.LocalDate;
import org.govcc.api.internal.Require;

/**
 * The date of Orthodox Easter Sunday, as celebrated by the Church of Greece, in the civil (Gregorian) calendar.
 *
 * <p>The Orthodox Church computes Easter in the Julian calendar (Meeus' Julian algorithm), then the date is
 * converted to the Gregorian calendar by adding the Julian-Gregorian difference of that year: 13 days for
 * 1900-2099, 14 days for 2100-2199, and so on ({@code year/100 - year/400 - 2}). The difference changes at the
 * end of a Julian February, always before Easter, so one value per year is exact. Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class OrthodoxEaster {

    /** The first supported year: the Gregorian calendar starts in 1582. */
    public static final int MIN_YEAR = 1583;
    /** The last supported year. */
    public static final int MAX_YEAR = 9999;

    private OrthodoxEaster() {
    }

    /**
     * Returns Orthodox Easter Sunday of {@code year}, as a Gregorian date.
     *
     * @throws IllegalArgumentException if {@code year} is outside {@value #MIN_YEAR}-{@value #MAX_YEAR}
     */
    public static LocalDate sunday(int year) {
        Require.inRange(year, MIN_YEAR, MAX_YEAR, "year");
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        // A Julian March 22 to April 25 always exists in the proleptic ISO calendar, so build it there and shift.
        int julianToGregorian = year / 100 - year / 400 - 2;
        return LocalDate.of(year, month, day).plusDays(julianToGregorian);
    }
}
