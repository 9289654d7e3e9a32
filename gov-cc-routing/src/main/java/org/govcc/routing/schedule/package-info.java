/**
 * The service calendar: {@link org.govcc.routing.schedule.ServiceCalendar}, the default
 * {@link org.govcc.api.schedule.ServiceSchedule}, with weekly hours per schedule, the Greek public holidays
 * ({@link org.govcc.routing.schedule.GreekPublicHolidays}, Orthodox Easter by
 * {@link org.govcc.routing.schedule.OrthodoxEaster}), closures and special hours by date, and daylight-saving
 * aware next-opening search. {@link org.govcc.routing.schedule.GreekServiceCalendar} is the provider that
 * {@link java.util.ServiceLoader} finds.
 */
package org.govcc.routing.schedule;
