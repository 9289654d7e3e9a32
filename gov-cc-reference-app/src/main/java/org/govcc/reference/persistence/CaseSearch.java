package org.govcc.reference.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.Actor;
import org.govcc.api.cases.CaseQuery;
import org.govcc.api.citizen.Amka;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.routing.TopicId;

/**
 * A {@link CaseQuery} as one JPQL query and its count, on indexed columns (topic and opening time, reference,
 * citizen, call; a caller's number through the call's record): the database filters, sorts and pages, and only the
 * page is loaded. What the asker may see is part of the query, so that no page and no total counts a case the asker
 * may not read.
 */
final class CaseSearch {

    /** A page of entities and the number of matches. */
    record Found(List<CaseEntity> page, long total) {
    }

    private final EntityManager em;
    private final Map<LineId, ConfidentialityPolicy> lines;

    CaseSearch(EntityManager em, Map<LineId, ConfidentialityPolicy> lines) {
        this.em = em;
        this.lines = lines;
    }

    Found run(CaseQuery query, Actor actor) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!visibility(query.topics(), actor, where, parameters)) {
            return new Found(List.of(), 0);
        }
        query.citizen().ifPresent(c -> {
            where.add("c.citizenKind = :kind AND c.citizenDigits = :digits");
            parameters.put("kind", c instanceof Amka ? "AMKA" : "AFM");
            parameters.put("digits", c.digits());
        });
        query.reference().ifPresent(r -> {
            where.add("c.reference = :reference");
            parameters.put("reference", r);
        });
        if (query.caller().isPresent()) {
            // Only lines that keep numbers have them; the clause keeps it so even if a record held one by mistake.
            Set<String> keeping = linesWhere(ConfidentialityPolicy::keepCallerNumber);
            if (keeping.isEmpty()) {
                return new Found(List.of(), 0);
            }
            where.add("c.line IN :keeping AND c.call IN "
                    + "(SELECT r.call FROM CallRecordEntity r WHERE r.callerNumber = :caller)");
            parameters.put("keeping", keeping);
            parameters.put("caller", query.caller().get().digits());
        }
        query.openedFrom().ifPresent(f -> {
            where.add("c.openedAt >= :from");
            parameters.put("from", f);
        });
        query.openedBefore().ifPresent(b -> {
            where.add("c.openedAt < :before");
            parameters.put("before", b);
        });
        String condition = " WHERE " + where.stream().map(w -> "(" + w + ")").collect(Collectors.joining(" AND "));
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CaseEntity c" + condition, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total <= query.offset()) {
            return new Found(List.of(), total);
        }
        TypedQuery<CaseEntity> page = em.createQuery("SELECT c FROM CaseEntity c" + condition
                + " ORDER BY c.openedAt DESC, c.number DESC", CaseEntity.class);
        parameters.forEach(page::setParameter);
        // Notes and history of the whole page in one query each, not one per case.
        page.setHint("eclipselink.batch", "c.notes");
        page.setHint("eclipselink.batch", "c.history");
        page.setHint("eclipselink.batch.type", "IN");
        return new Found(page.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList(), total);
    }

    /**
     * Adds who may see what: unsealed cases of the query's topics, sealed ones of the lines whose policy admits the
     * actor. Returns false when the actor may see nothing at all.
     */
    private boolean visibility(Set<TopicId> topics, Actor actor, List<String> where, Map<String, Object> parameters) {
        List<String> visible = new ArrayList<>();
        if (!topics.isEmpty()) {
            visible.add("c.sealed = FALSE AND c.topic IN :topics");
            parameters.put("topics", topics.stream().map(TopicId::value).collect(Collectors.toSet()));
        }
        Set<String> sealedReadable = linesWhere(p -> !p.readerRoles().isEmpty() && p.mayRead(actor.roles()));
        if (!sealedReadable.isEmpty()) {
            visible.add("c.sealed = TRUE AND c.line IN :sealedLines");
            parameters.put("sealedLines", sealedReadable);
        }
        if (visible.isEmpty()) {
            return false;
        }
        where.add(visible.stream().map(v -> "(" + v + ")").collect(Collectors.joining(" OR ")));
        return true;
    }

    private Set<String> linesWhere(Predicate<ConfidentialityPolicy> test) {
        return lines.entrySet().stream().filter(e -> test.test(e.getValue())).map(e -> e.getKey().value())
                .collect(Collectors.toSet());
    }
}
