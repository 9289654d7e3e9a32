package org.govcc.reference.complaints;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.LineId;
import org.govcc.api.complaint.ComplaintCategory;
import org.govcc.api.complaint.ComplaintStatus;
import org.govcc.api.complaint.ReferralAgency;
import org.govcc.api.complaint.ReferralStatus;

/**
 * The criteria of the officer's list ({@code GET /api/complaints}), on clear columns only: status, classification,
 * call and the days received. Each one given must hold.
 *
 * @param status the status, if given
 * @param category the classification, if given
 * @param call the call, if given
 * @param from the first day received, in the calendar's zone
 * @param to the last day received
 * @param page the page, from 0
 * @param size the page size
 */
record ComplaintSearch(Optional<ComplaintStatus> status, Optional<ComplaintCategory> category, Optional<String> call,
                       Optional<LocalDate> from, Optional<LocalDate> to, int page, int size) {

    /** Reads the query parameters (their form checked by Bean Validation); a day that cannot be read is a 400. */
    static ComplaintSearch of(String status, String category, String call, String from, String to, int page,
                              int size) {
        Optional<LocalDate> first = day("from", from);
        Optional<LocalDate> last = day("to", to);
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, "to", "the period ends (" + last.get()
                    + ") before it starts (" + first.get() + ")");
        }
        return new ComplaintSearch(Optional.ofNullable(status).map(ComplaintStatus::valueOf),
                Optional.ofNullable(category).map(ComplaintCategory::valueOf), Optional.ofNullable(call), first, last,
                page, size);
    }

    /** Says the criteria for the audit trail (none of them is a complaint's content). */
    String describe() {
        List<String> said = new ArrayList<>();
        status.ifPresent(s -> said.add("status " + s));
        category.ifPresent(c -> said.add("category " + c));
        call.ifPresent(c -> said.add("call " + c));
        from.ifPresent(d -> said.add("from " + d));
        to.ifPresent(d -> said.add("to " + d));
        return "list" + (said.isEmpty() ? "" : " by " + String.join(", ", said)) + ", page " + page;
    }

    /** Runs the search over {@code lines}, newest first. */
    ComplaintSummary.Page run(EntityManager em, Set<LineId> lines, ZoneId zone) {
        StringBuilder where = new StringBuilder(" WHERE c.line IN :lines");
        Map<String, Object> values = new HashMap<>();
        values.put("lines", lines.stream().map(LineId::value).toList());
        status.ifPresent(s -> criterion(where, values, "c.status = :status", "status", s.name()));
        category.ifPresent(c -> criterion(where, values, "c.category = :category", "category", c.name()));
        call.ifPresent(c -> criterion(where, values, "c.call = :call", "call", c));
        from.ifPresent(d -> criterion(where, values, "c.receivedAt >= :from", "from",
                d.atStartOfDay(zone).toInstant()));
        to.ifPresent(d -> criterion(where, values, "c.receivedAt < :before", "before",
                d.plusDays(1).atStartOfDay(zone).toInstant()));
        TypedQuery<ComplaintEntity> rows = em.createQuery("SELECT c FROM ComplaintEntity c" + where
                + " ORDER BY c.receivedAt DESC, c.number DESC", ComplaintEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM ComplaintEntity c" + where, Long.class);
        values.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ComplaintEntity> found = rows.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size)
                .getResultList();
        Map<Long, List<ComplaintSummary.Referred>> referred = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("SELECT r FROM ComplaintReferralEntity r WHERE r.complaint IN :numbers ORDER BY r.firstAt,"
                            + " r.agency", ComplaintReferralEntity.class)
                    .setParameter("numbers", found.stream().map(c -> c.number).toList()).getResultList()
                    .forEach(r -> referred.computeIfAbsent(r.complaint, n -> new ArrayList<>()).add(
                            new ComplaintSummary.Referred(ReferralAgency.valueOf(r.agency),
                                    ReferralStatus.valueOf(r.status), r.statusAt)));
        }
        List<ComplaintSummary> summaries = found.stream().map(c -> new ComplaintSummary(ComplaintRows.id(c).value(),
                c.line, c.call, ComplaintCategory.valueOf(c.category), ComplaintStatus.valueOf(c.status), c.receivedAt,
                c.receivedBy, c.closedAt, referred.getOrDefault(c.number, List.of()))).toList();
        return new ComplaintSummary.Page(summaries, lines.isEmpty() ? 0 : count.getSingleResult(), page, size);
    }

    private static void criterion(StringBuilder where, Map<String, Object> values, String clause, String name,
                                  Object value) {
        where.append(" AND ").append(clause);
        values.put(name, value);
    }

    private static Optional<LocalDate> day(String parameter, String text) {
        try {
            return Optional.ofNullable(text).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, parameter, parameter + " is a date, e.g."
                    + " 2026-11-30, not '" + text + "'");
        }
    }
}
