package org.govcc.routing.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The national public holidays of Greece, for any year from {@value OrthodoxEaster#MIN_YEAR} to
 * {@value OrthodoxEaster#MAX_YEAR}.
 *
 * <p>The list is the statutory one: nine fixed dates and four movable feasts that hang on Orthodox Easter
 * ({@link OrthodoxEaster}), plus Easter Sunday itself. Not included, on purpose: Holy Saturday, Three
 * Hierarchs (30 January, a school holiday), local patron saints' days and half days, which are not
 * national public holidays. When the government moves a holiday for one year (e.g. Labour Day when 1 May
 * falls in Holy Week or on Easter), give the calendar an extra closure and an extra opening for those dates
 * ({@link ServiceCalendar.ScheduleBuilder#closure} and {@link ServiceCalendar.ScheduleBuilder#specialHours}).
 *
 * <p>Obtain it with {@link PublicHolidays#greece()}. Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class GreekPublicHolidays implements PublicHolidays {

    /** 1 January. */
    public static final Occasion NEW_YEAR = Occasion.of("New Year's Day", "Πρωτοχρονιά");
    /** 6 January. */
    public static final Occasion EPIPHANY = Occasion.of("Epiphany", "Θεοφάνεια");
    /** Easter minus 48 days: the first day of Lent. */
    public static final Occasion CLEAN_MONDAY = Occasion.of("Clean Monday", "Καθαρά Δευτέρα");
    /** 25 March. */
    public static final Occasion INDEPENDENCE_DAY = Occasion.of("Independence Day and Annunciation",
            "Εθνική Επέτειος και Ευαγγελισμός της Θεοτόκου");
    /** Easter minus 2 days. */
    public static final Occasion GOOD_FRIDAY = Occasion.of("Good Friday", "Μεγάλη Παρασκευή");
    /** Orthodox Easter Sunday. */
    public static final Occasion EASTER_SUNDAY = Occasion.of("Easter Sunday", "Κυριακή του Πάσχα");
    /** Easter plus 1 day. */
    public static final Occasion EASTER_MONDAY = Occasion.of("Easter Monday", "Δευτέρα του Πάσχα");
    /** 1 May. */
    public static final Occasion LABOUR_DAY = Occasion.of("Labour Day", "Εργατική Πρωτομαγιά");
    /** Easter plus 50 days (Monday of the Holy Spirit). */
    public static final Occasion WHIT_MONDAY = Occasion.of("Whit Monday", "Δευτέρα του Αγίου Πνεύματος");
    /** 15 August. */
    public static final Occasion DORMITION = Occasion.of("Dormition of the Theotokos", "Κοίμηση της Θεοτόκου");
    /** 28 October. */
    public static final Occasion OCHI_DAY = Occasion.of("Ochi Day", "Επέτειος του Όχι");
    /** 25 December. */
    public static final Occasion CHRISTMAS = Occasion.of("Christmas Day", "Χριστούγεννα");
    /** 26 December. */
    public static final Occasion SYNAXIS = Occasion.of("Synaxis of the Theotokos", "Σύναξη της Θεοτόκου");

    static final GreekPublicHolidays INSTANCE = new GreekPublicHolidays();

    private GreekPublicHolidays() {
    }

    /**
     * Returns the thirteen national public holidays of {@code year}, sorted by date (1 May may share its date
     * with an Easter feast, as in 2016).
     *
     * @throws IllegalArgumentException if {@code year} is outside {@value OrthodoxEaster#MIN_YEAR}-{@value
     *     OrthodoxEaster#MAX_YEAR}
     */
    @Override
    public List<PublicHoliday> in(int year) {
        LocalDate easter = OrthodoxEaster.sunday(year);
        List<PublicHoliday> days = new ArrayList<>(13);
        days.add(new PublicHoliday(LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR));
        days.add(new PublicHoliday(LocalDate.of(year, Month.JANUARY, 6), EPIPHANY));
        days.add(new PublicHoliday(easter.minusDays(48), CLEAN_MONDAY));
        days.add(new PublicHoliday(LocalDate.of(year, Month.MARCH, 25), INDEPENDENCE_DAY));
        days.add(new PublicHoliday(easter.minusDays(2), GOOD_FRIDAY));
        days.add(new PublicHoliday(easter, EASTER_SUNDAY));
        days.add(new PublicHoliday(easter.plusDays(1), EASTER_MONDAY));
        days.add(new PublicHoliday(LocalDate.of(year, Month.MAY, 1), LABOUR_DAY));
        days.add(new PublicHoliday(easter.plusDays(50), WHIT_MONDAY));
        days.add(new PublicHoliday(LocalDate.of(year, Month.AUGUST, 15), DORMITION));
        days.add(new PublicHoliday(LocalDate.of(year, Month.OCTOBER, 28), OCHI_DAY));
        days.add(new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 25), CHRISTMAS));
        days.add(new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 26), SYNAXIS));
        // Stable sort: on a shared date the movable feast (added first) is named first.
        days.sort(Comparator.comparing(PublicHoliday::date));
        return List.copyOf(days);
    }

    @Override
    public String toString() {
        return "GreekPublicHolidays";
    }
}
