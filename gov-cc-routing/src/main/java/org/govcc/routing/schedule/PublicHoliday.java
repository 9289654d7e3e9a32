package org.govcc.routing.schedule;

import java.time.LocalDate;
import org.govcc.api.internal.Require;

/**
 * A public holiday on a given date.
 *
 * @param date the date, in the calendar's zone
 * @param name its name in English and Greek
 * @since 0.1
 */
public record PublicHoliday(LocalDate date, Occasion name) {

    /** Validates the values. */
    public PublicHoliday {
        Require.nonNull(date, "holiday date");
        Require.nonNull(name, "holiday name");
    }

    @Override
    public String toString() {
        return date + " " + name;
    }
}
