package org.govcc.reference.rest.requests;

import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.cases.CaseQuery;
import org.govcc.api.citizen.Afm;
import org.govcc.api.citizen.Amka;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.routing.TopicId;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.rest.ProblemException;

/**
 * The criteria of {@code GET /api/requests}, read from its query parameters (already checked by Bean Validation for
 * their form): each one given must hold.
 *
 * @param citizen the AMKA or AFM
 * @param reference the reference the citizen was told
 * @param phone the number the request's call came from
 * @param from the first day of the opening period, in the line's zone
 * @param to the last day of it
 * @param page the page, from 0
 * @param size the page size
 */
record RequestSearch(Optional<CitizenIdentifier> citizen, Optional<String> reference, Optional<PhoneNumber> phone,
                     Optional<LocalDate> from, Optional<LocalDate> to, int page, int size) {

    /** Reads the parameters; a value that cannot be read is a 400 naming its parameter. */
    static RequestSearch of(String amka, String afm, String reference, String phone, String from, String to,
                            int page, int size) {
        if (amka != null && afm != null) {
            throw bad("afm", "search by AMKA or by AFM, not both");
        }
        Optional<CitizenIdentifier> citizen = amka != null ? Optional.of(new Amka(amka))
                : Optional.ofNullable(afm).map(Afm::new);
        Optional<PhoneNumber> number;
        try {
            number = Optional.ofNullable(phone).map(PhoneNumber::parse);
        } catch (IllegalArgumentException e) {
            throw bad("phone", e.getMessage());
        }
        Optional<LocalDate> first = date("from", from);
        Optional<LocalDate> last = date("to", to);
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            throw bad("to", "the period ends (" + last.get() + ") before it starts (" + first.get() + ")");
        }
        return new RequestSearch(citizen, Optional.ofNullable(reference), number, first, last, page, size);
    }

    /** Returns the store's query over {@code topics}: days from midnight to midnight in the calendar's zone. */
    CaseQuery query(Set<TopicId> topics, LineConfiguration configuration) {
        ZoneId zone = configuration.calendar().zone();
        Optional<Instant> openedFrom = from.map(d -> d.atStartOfDay(zone).toInstant());
        Optional<Instant> openedBefore = to.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
        return new CaseQuery(citizen, reference, phone, openedFrom, openedBefore, topics,
                Math.multiplyExact(page, size), size);
    }

    private static Optional<LocalDate> date(String parameter, String text) {
        try {
            return Optional.ofNullable(text).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw bad(parameter, parameter + " is a date, e.g. 2026-11-30, not '" + text + "'");
        }
    }

    private static ProblemException bad(String field, String why) {
        return new ProblemException(Problem.about(Status.BAD_REQUEST, field, why));
    }
}
