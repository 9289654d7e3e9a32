package org.govcc.reference.persistence;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;

/**
 * The legs of the calls, in the transaction of the call records: each connection opens one, a transfer or the call's
 * end closes it. Not thread-safe (one per transaction).
 */
final class CallLegs {

    private final EntityManager em;

    CallLegs(EntityManager em) {
        this.em = em;
    }

    void connected(String call, String agent, Instant at) {
        em.persist(new CallLegEntity(call, agent, at));
    }

    /** Closes {@code call}'s open leg; returns the talk time of all its legs once it has ended. */
    Duration close(String call, Instant at, CallLegEntity.End how) {
        Duration talk = Duration.ZERO;
        for (CallLegEntity leg : rows(call)) {
            if (leg.endedAt == null) {
                leg.endedAt = at.isBefore(leg.connectedAt) ? leg.connectedAt : at;
                leg.endedBy = how;
            }
            talk = talk.plus(Duration.between(leg.connectedAt, leg.endedAt));
        }
        return talk;
    }

    /** Returns {@code call}'s legs, in order. */
    List<CallLeg> of(CallId call) {
        return rows(JpaCallRecords.fit(call.value(), 128)).stream().map(l -> new CallLeg(new AgentId(l.agent),
                l.connectedAt, Optional.ofNullable(l.endedAt), l.endedBy == CallLegEntity.End.TRANSFERRED)).toList();
    }

    private List<CallLegEntity> rows(String call) {
        return em.createQuery("SELECT l FROM CallLegEntity l WHERE l.call = :call ORDER BY l.connectedAt, l.id",
                CallLegEntity.class).setParameter("call", call).getResultList();
    }
}
