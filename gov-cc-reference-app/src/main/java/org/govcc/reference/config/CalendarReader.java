package org.govcc.reference.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.routing.schedule.DailyInterval;
import org.govcc.routing.schedule.Occasion;
import org.govcc.routing.schedule.PublicHolidays;
import org.govcc.routing.schedule.ServiceCalendar;

/**
 * Builds the {@link ServiceCalendar} from {@code calendar.json}: weekly hours per schedule, public holidays, per-date
 * closures and special openings. Every rule the calendar's builder refuses (overlapping hours, a date given twice,
 * a malformed zone) becomes a problem at its pointer; reading goes on, so that all are listed. Not thread-safe.
 */
final class CalendarReader {

    private final JsonFile file;

    CalendarReader(JsonFile file) {
        this.file = file;
    }

    /** Returns the calendar, or empty if any rule was refused (each named in the file's problems). */
    Optional<ServiceCalendar> read() {
        JsonNode root = file.root();
        boolean[] failed = {false};
        ServiceCalendar.Builder calendar = ServiceCalendar.builder();
        attempt("/id", failed, () -> {
            if (root.has("id")) {
                calendar.id(root.get("id").asText());
            }
        });
        attempt("/timeZone", failed, () -> calendar.zone(zone(root.get("timeZone").asText())));
        calendar.publicHolidays("none".equals(root.path("publicHolidays").asText("greece"))
                ? PublicHolidays.none() : PublicHolidays.greece());
        Map<String, Integer> seen = new HashMap<>();
        JsonNode schedules = root.get("schedules");
        for (int i = 0; i < schedules.size(); i++) {
            JsonNode s = schedules.get(i);
            String at = JsonFile.pointer("schedules", i);
            String id = s.get("id").asText();
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                file.problem(at + "/id", "schedule '" + id + "' is defined twice (first at /schedules/" + first + ")");
                failed[0] = true;
                continue;
            }
            schedule(calendar, s, at, failed);
        }
        if (failed[0]) {
            return Optional.empty();
        }
        try {
            return Optional.of(calendar.build());
        } catch (IllegalArgumentException e) {
            file.problem("/schedules", e.getMessage());
            return Optional.empty();
        }
    }

    private void schedule(ServiceCalendar.Builder calendar, JsonNode s, String at, boolean[] failed) {
        ScheduleId id = new ScheduleId(s.get("id").asText());
        boolean alwaysOpen = s.path("alwaysOpen").asBoolean(false);
        if (alwaysOpen) {
            for (String field : List.of("weekly", "closures", "specialOpenings", "observesPublicHolidays")) {
                if (s.has(field)) {
                    file.problem(at + "/" + field, "an always-open schedule has no " + field);
                    failed[0] = true;
                }
            }
            calendar.alwaysOpen(id);
            return;
        }
        if (!s.has("weekly")) {
            file.problem(at, "schedule '" + id + "' needs weekly hours, or alwaysOpen: true");
            failed[0] = true;
            return;
        }
        try {
            calendar.schedule(id, rules -> {
                rules.observesPublicHolidays(s.path("observesPublicHolidays").asBoolean(true));
                JsonNode weekly = s.get("weekly");
                for (int j = 0; j < weekly.size(); j++) {
                    JsonNode w = weekly.get(j);
                    List<DayOfWeek> days = days(w.get("days").asText());
                    if (days.isEmpty()) {
                        file.problem(at + "/weekly/" + j + "/days", "the last day of '" + w.get("days").asText()
                                + "' comes before the first (weeks run Monday to Sunday)");
                        failed[0] = true;
                        continue;
                    }
                    JsonNode hours = w.get("hours");
                    for (int k = 0; k < hours.size(); k++) {
                        String text = hours.get(k).asText();
                        for (DayOfWeek day : days) {
                            if (!attempt(at + "/weekly/" + j + "/hours/" + k, failed,
                                    () -> rules.hours(day, DailyInterval.parse(text)))) {
                                break; // one problem per interval, not one per day of the range
                            }
                        }
                    }
                }
                JsonNode closures = s.path("closures");
                for (int j = 0; j < closures.size(); j++) {
                    JsonNode c = closures.get(j);
                    attempt(at + "/closures/" + j, failed, () -> rules.closure(date(c), occasion(c)));
                }
                JsonNode specials = s.path("specialOpenings");
                for (int j = 0; j < specials.size(); j++) {
                    JsonNode o = specials.get(j);
                    List<DailyInterval> intervals = new ArrayList<>();
                    JsonNode hours = o.get("hours");
                    for (int k = 0; k < hours.size(); k++) {
                        String text = hours.get(k).asText();
                        attempt(at + "/specialOpenings/" + j + "/hours/" + k, failed,
                                () -> intervals.add(DailyInterval.parse(text)));
                    }
                    if (intervals.size() == hours.size()) {
                        attempt(at + "/specialOpenings/" + j, failed, () -> rules.specialHours(date(o), occasion(o),
                                intervals.toArray(new DailyInterval[0])));
                    }
                }
            });
        } catch (IllegalArgumentException e) {
            file.problem(at, e.getMessage());
            failed[0] = true;
        }
    }

    private boolean attempt(String pointer, boolean[] failed, Runnable step) {
        try {
            step.run();
            return true;
        } catch (IllegalArgumentException | DateTimeException e) {
            file.problem(pointer, e.getMessage());
            failed[0] = true;
            return false;
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + text + "' (give an IANA zone such as "
                    + "Europe/Athens)", e);
        }
    }

    private static LocalDate date(JsonNode n) {
        String text = n.get("date").asText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static Occasion occasion(JsonNode n) {
        return Occasion.of(n.get("names").get("en").asText(), n.get("names").get("el").asText());
    }

    /** Returns the days of {@code monday} or {@code monday-friday}; empty if the range runs backwards. */
    static List<DayOfWeek> days(String text) {
        String[] ends = text.split("-", 2);
        DayOfWeek first = DayOfWeek.valueOf(ends[0].toUpperCase(Locale.ROOT));
        DayOfWeek last = ends.length == 2 ? DayOfWeek.valueOf(ends[1].toUpperCase(Locale.ROOT)) : first;
        List<DayOfWeek> days = new ArrayList<>();
        for (int d = first.getValue(); d <= last.getValue(); d++) {
            days.add(DayOfWeek.of(d));
        }
        return days;
    }
}
