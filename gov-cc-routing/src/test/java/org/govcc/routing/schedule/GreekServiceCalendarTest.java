package org.govcc.routing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govcc.routing.schedule.ServiceCalendarTest.at;

import java.time.LocalDate;
import java.util.Optional;
import org.govcc.api.schedule.ClosureReason;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.api.schedule.ServiceStatus;
import org.govcc.api.spi.ProviderRegistry;
import org.junit.jupiter.api.Test;

class GreekServiceCalendarTest {

    @Test
    void isFoundByServiceLoaderUnderItsId() {
        ProviderRegistry<ServiceSchedule> registry = ProviderRegistry.discover(ServiceSchedule.class,
                GreekServiceCalendar.class.getClassLoader());

        assertThat(registry.find("greek-calendar")).get().isInstanceOf(GreekServiceCalendar.class);
    }

    @Test
    void servesMondayToSaturdayWithGreekHolidaysAndAnAlwaysOpenSchedule() {
        GreekServiceCalendar calendar = new GreekServiceCalendar();

        assertThat(calendar.schedules())
                .containsExactly(GreekServiceCalendar.MONDAY_TO_SATURDAY, GreekServiceCalendar.ALWAYS_OPEN);
        assertThat(calendar.isOpen(GreekServiceCalendar.MONDAY_TO_SATURDAY, at("2026-11-28T08:00+02:00"))).isTrue();
        ServiceStatus status = calendar.statusAt(GreekServiceCalendar.MONDAY_TO_SATURDAY, at("2026-12-25T10:00+02:00"));
        assertThat(status).isEqualTo(new ServiceStatus.Closed(ClosureReason.PUBLIC_HOLIDAY,
                Optional.of("Christmas Day"), Optional.of(at("2026-12-28T08:00+02:00"))));
        assertThat(calendar.isOpen(GreekServiceCalendar.ALWAYS_OPEN, at("2026-12-25T03:00+02:00"))).isTrue();
        assertThat(calendar.dayPlan(GreekServiceCalendar.MONDAY_TO_SATURDAY, LocalDate.of(2026, 12, 25))
                .occasion()).contains(GreekPublicHolidays.CHRISTMAS);
    }

    @Test
    void offersItsPresetBuilderForCallersToExtend() {
        ServiceCalendar extended = GreekServiceCalendar.standard()
                .id("ministry-calendar")
                .alwaysOpen(new ScheduleId("hotline"))
                .build();

        assertThat(extended.id()).isEqualTo("ministry-calendar");
        assertThat(extended.schedules()).hasSize(3);
    }
}
