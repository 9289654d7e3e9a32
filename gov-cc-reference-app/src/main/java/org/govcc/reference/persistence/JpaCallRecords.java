package org.govcc.reference.persistence;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.EndReason;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.cases.CaseId;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * Call records on JPA: one row per call, folded from the line's call-centre events (arrival or refusal, how it left
 * the IVR, the queue, the agent who answered, abandonment, the end). Every method runs in the caller's transaction.
 *
 * <p>The store keeps what the events carry: on a line that keeps no caller number the arrival comes anonymised, so
 * no number is ever written for it. A call whose arrival the store never saw (records switched on mid-call) gets its
 * row at its first event. Not thread-safe by itself: an {@link EntityManager} belongs to one thread.
 */
public final class JpaCallRecords {

    /** A callback that waits for its turn: asked, with a number (or a sealed one), never connected to an agent. */
    private static final String WAITING_CALLBACK = "r.callbackRequested = TRUE AND (r.callbackNumber IS NOT NULL "
            + "OR r.callbackSealed IS NOT NULL) AND r.agent IS NULL AND r.line IS NOT NULL AND r.queue IS NOT NULL";

    private final EntityManager em;
    private final Function<QueueId, Optional<String>> defaultWrapUpCodes;
    private final CallLegs legs;
    private final CallRetention retention;
    /** Each agent's last state written through this store, closed in memory when their next one comes. */
    private final Map<String, AgentStateEntity> openStates = new java.util.HashMap<>();

    /**
     * Creates the store, which records no wrap-up code of its own.
     *
     * @param em the entity manager of the current transaction
     */
    public JpaCallRecords(EntityManager em) {
        this(em, queue -> Optional.empty());
    }

    /**
     * Creates the store.
     *
     * @param em the entity manager of the current transaction
     * @param defaultWrapUpCodes each queue's wrap-up code for a wrap-up whose time ran out without one
     */
    public JpaCallRecords(EntityManager em, Function<QueueId, Optional<String>> defaultWrapUpCodes) {
        this(em, defaultWrapUpCodes, CallRetention.none());
    }

    /**
     * Creates the store that writes each record with the end of its retention.
     *
     * @param em the entity manager of the current transaction
     * @param defaultWrapUpCodes each queue's wrap-up code for a wrap-up whose time ran out without one
     * @param retention how long each line's records are kept
     */
    public JpaCallRecords(EntityManager em, Function<QueueId, Optional<String>> defaultWrapUpCodes,
                          CallRetention retention) {
        this.em = Require.nonNull(em, "entity manager");
        this.defaultWrapUpCodes = Require.nonNull(defaultWrapUpCodes, "defaultWrapUpCodes");
        this.legs = new CallLegs(em);
        this.retention = Require.nonNull(retention, "retention");
    }

    /** Folds {@code event} into its call's record, or an agent's new state into their history. */
    public void apply(CallCentreEvent event) {
        Require.nonNull(event, "event");
        if (event instanceof CallCentreEvent.CallArrived e) {
            Call call = e.call();
            CallRecordEntity row = row(call.id(), e.at());
            row.line = fit(call.line().value(), 128);
            row.callerNumber = call.caller().number().map(n -> fit(n.digits(), 32)).orElse(null);
            row.callerHash = call.caller().pseudonym().orElse(null);
            row.retainUntil = retention.until(Optional.of(call.line()), row.firstSeen).orElse(null);
            row.language = fit(call.language().code(), 8);
        } else if (event instanceof CallCentreEvent.CallRejected e) {
            CallRecordEntity row = row(e.call(), e.at());
            row.rejectedReason = fit(e.reason(), 500);
            endOnce(row, e.at(), "refused at the door: " + e.reason(), CallEndCause.REFUSED);
        } else if (event instanceof CallCentreEvent.IvrFinished e) {
            CallRecordEntity row = row(e.call(), e.at());
            row.ivrOutcome = e.outcome().getClass().getSimpleName();
            e.outcome().variables().get("language").ifPresent(code -> row.language = fit(code, 8));
        } else if (event instanceof CallCentreEvent.CallQueued e) {
            CallRecordEntity row = row(e.call(), e.at());
            row.queue = fit(e.queue().value(), 128);
            queuedOnce(row, e.at());
        } else if (event instanceof CallCentreEvent.CallbackRequested e) {
            CallRecordEntity row = row(e.call(), e.at());
            row.callbackRequested = true;
            // Kept until the callback ends, so that a restart can queue it again (pendingCallbacks).
            row.callbackNumber = fit(e.number().digits(), 32);
            row.queue = fit(e.queue().value(), 128);
            queuedOnce(row, e.at());
        } else if (event instanceof CallCentreEvent.CallbackScheduled e) {
            CallRecordEntity row = row(e.call().id(), e.at());
            row.line = fit(e.call().line().value(), 128);
            row.retainUntil = retention.until(Optional.of(e.call().line()), row.firstSeen).orElse(null);
            row.language = fit(e.call().language().code(), 8);
            row.callbackRequested = true;
            // Sealed (never the number) and kept until the callback ends, so that a restart can queue it again.
            row.callbackSealed = e.number().token();
            row.callbackFrom = UtcInstantConverter.stored(e.window().from());
            row.callbackUntil = UtcInstantConverter.stored(e.window().until());
            row.queue = fit(e.queue().value(), 128);
            queuedOnce(row, e.at());
        } else if (event instanceof CallCentreEvent.CallConnected e) {
            CallRecordEntity row = row(e.call(), e.at());
            row.agent = fit(e.agent().value(), 128);
            if (row.connectedAt == null) {
                // The first answer is the one the caller waited for; a transferred call's next agent has a leg.
                row.waitedMillis = e.waited().toMillis();
                row.connectedAt = e.at();
            }
            legs.connected(row.call, row.agent, e.at());
        } else if (event instanceof CallCentreEvent.CallTransferred e) {
            legs.close(fit(e.call().value(), 128), e.at(), CallLegEntity.End.TRANSFERRED);
            row(e.call(), e.at()).transfers++;
        } else if (event instanceof CallCentreEvent.CallAbandoned e) {
            CallRecordEntity row = row(e.call(), e.at());
            row.abandoned = true;
            row.queue = fit(e.queue().value(), 128);
            row.waitedMillis = e.waited().toMillis();
            queuedOnce(row, e.at().minus(e.waited()));
        } else if (event instanceof CallCentreEvent.CallEnded e) {
            CallRecordEntity row = row(e.call(), e.at());
            if (row.connectedAt != null && row.talkMillis == null) {
                row.talkMillis = legs.close(row.call, e.at(), CallLegEntity.End.ENDED).toMillis();
            }
            if (row.endedAt == null) {
                row.endCode = e.kind().code();
            }
            endOnce(row, e.at(), e.reason(), CallEndCause.ENDED);
        } else if (event instanceof CallCentreEvent.HoldEnded e) {
            CallRecordEntity row = row(e.call(), e.at());
            row.holdMillis += e.held().toMillis();
            row.holds++;
        } else if (event instanceof CallCentreEvent.WrapUpEnded e) {
            CallRecordEntity row = row(e.call(), e.at());
            row.wrapUpMillis = e.duration().toMillis();
            row.wrapUpCode = e.disposition().map(d -> fit(d.code(), 64)).or(() -> row.queue == null ? Optional.empty()
                    : defaultWrapUpCodes.apply(new QueueId(row.queue)).map(c -> fit(c, 64))).orElse(null);
        } else if (event instanceof CallCentreEvent.AgentStateChanged e) {
            AgentStateEntity next = AgentHistory.row(e);
            AgentStateEntity previous = openStates.get(next.agent);
            if (previous != null && em.contains(previous)) {
                previous.endsMillis = Math.max(previous.atMillis, next.atMillis);
            } else {
                // A state written before this transaction: closed in one UPDATE (the recorder's earlier batches).
                em.createQuery("UPDATE AgentStateEntity s SET s.endsMillis = :at WHERE s.agent = :agent "
                        + "AND s.endsMillis IS NULL AND s.atMillis <= :at").setParameter("at", next.atMillis)
                        .setParameter("agent", next.agent).executeUpdate();
            }
            em.persist(next);
            openStates.put(next.agent, next);
        }
    }

    /**
     * Closes, as {@link CallEndCause#INTERRUPTED}, every call still open except the callbacks still waiting (see
     * {@link #pendingCallbacks}): run at start, before the line takes calls, when whatever is open was cut off by the
     * server's stop. They end at the latest time the records heard of any
     * call (the stop's last record), or, on rows from before schema version 2, when they were first seen.
     * Returns how many were closed.
     */
    public int closeInterrupted() {
        Long last = em.createQuery("SELECT MAX(r.lastEventMillis) FROM CallRecordEntity r", Long.class)
                .getSingleResult();
        List<CallRecordEntity> open = em.createQuery("SELECT r FROM CallRecordEntity r WHERE r.endedAt IS NULL "
                + "AND NOT (" + WAITING_CALLBACK + ")", CallRecordEntity.class).getResultList();
        for (CallRecordEntity row : open) {
            Instant at = last == null ? row.firstSeen : Instant.ofEpochMilli(last);
            if (at.isBefore(row.firstSeen)) {
                at = row.firstSeen;
            }
            endOnce(row, at, "interrupted: the server stopped while the call was in progress",
                    CallEndCause.INTERRUPTED);
        }
        return open.size();
    }

    /**
     * Returns the callbacks the line accepted and has not ended, nor connected to an agent: a restart queues them
     * again. A callback that was talking to an agent when the server stopped is interrupted instead.
     */
    public List<PendingCallback> pendingCallbacks() {
        return em.createQuery("SELECT r FROM CallRecordEntity r WHERE r.endedAt IS NULL AND r.callbackNumber IS NOT "
                + "NULL AND " + WAITING_CALLBACK + " ORDER BY r.firstSeen, r.call", CallRecordEntity.class)
                .getResultStream().map(r -> new PendingCallback(new CallId(r.call), new LineId(r.line), new QueueId(r.queue),
                        new PhoneNumber(r.callbackNumber), Optional.ofNullable(r.language).map(Language::new),
                        r.firstSeen))
                .toList();
    }

    /**
     * Returns the consented callbacks of sealed lines that have not ended nor reached an agent: a restart queues them
     * again, inside their windows (one whose window closed meanwhile is refused and closed).
     */
    public List<PendingSealedCallback> pendingSealedCallbacks() {
        return em.createQuery("SELECT r FROM CallRecordEntity r WHERE r.endedAt IS NULL AND r.callbackSealed IS NOT "
                + "NULL AND r.callbackFrom IS NOT NULL AND r.callbackUntil IS NOT NULL AND " + WAITING_CALLBACK
                + " ORDER BY r.firstSeen, r.call", CallRecordEntity.class).getResultStream()
                .map(r -> new PendingSealedCallback(new CallId(r.call), new LineId(r.line), new QueueId(r.queue),
                        new SealedNumber(r.callbackSealed), new CallbackWindow(r.callbackFrom, r.callbackUntil),
                        Optional.ofNullable(r.language).map(Language::new), r.firstSeen))
                .toList();
    }

    /** Closes a callback that cannot be queued again (its queue is gone), as interrupted, saying why. */
    public void closeCallback(CallId call, Instant at, String reason) {
        CallRecordEntity row = em.find(CallRecordEntity.class, fit(call.value(), 128));
        if (row != null) {
            endOnce(row, at, "interrupted: " + reason, CallEndCause.INTERRUPTED);
        }
    }

    /** Returns the legs of {@code call}: one per agent who talked with the caller, in order. */
    public List<CallLeg> legsOf(CallId call) {
        Require.nonNull(call, "call");
        return legs.of(call);
    }

    /** Returns the record of {@code call}, if the store has heard of it. */
    public Optional<CallRecord> find(CallId call) {
        Require.nonNull(call, "call");
        return Optional.ofNullable(em.find(CallRecordEntity.class, fit(call.value(), 128))).map(JpaCallRecords::view);
    }

    /** Returns the latest {@code limit} calls from {@code caller} first seen before {@code before}, newest first. */
    public List<CallRecord> byCaller(PhoneNumber caller, Instant before, int limit) {
        Require.nonNull(caller, "caller");
        Require.inRange(limit, 1, 100, "limit");
        return em.createQuery("SELECT r FROM CallRecordEntity r WHERE r.callerNumber = :number "
                        + "AND r.firstSeen < :before ORDER BY r.firstSeen DESC, r.call", CallRecordEntity.class)
                .setParameter("number", fit(caller.digits(), 32)).setParameter("before", before).setMaxResults(limit)
                .getResultList().stream().map(JpaCallRecords::view).toList();
    }

    /**
     * Notes on {@code call}'s record that {@code request} was made from it, unless an earlier request was; returns
     * whether the record now names {@code request}. One UPDATE of that column alone, without the row's version: the
     * line's recorder may be writing the same row's other columns, and neither must fail the other.
     */
    public boolean linkRequest(CallId call, CaseId request) {
        Require.nonNull(call, "call");
        Require.nonNull(request, "request");
        em.createQuery("UPDATE CallRecordEntity r SET r.request = :request WHERE r.call = :call AND r.request IS NULL")
                .setParameter("request", request.value()).setParameter("call", fit(call.value(), 128)).executeUpdate();
        return em.createQuery("SELECT COUNT(r) FROM CallRecordEntity r WHERE r.call = :call AND r.request = :request",
                Long.class).setParameter("call", fit(call.value(), 128)).setParameter("request", request.value())
                .getSingleResult() > 0;
    }

    /** Returns the records of the calls first seen in [{@code from}, {@code to}), oldest first. */
    public List<CallRecord> firstSeenBetween(Instant from, Instant to) {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.that(!to.isBefore(from), "the period ends before it starts: " + from + " to " + to);
        return em.createQuery("SELECT r FROM CallRecordEntity r WHERE r.firstSeen >= :from AND r.firstSeen < :to "
                        + "ORDER BY r.firstSeen, r.call", CallRecordEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(JpaCallRecords::view).toList();
    }

    /** Counts, in the database, how the calls first seen in [{@code from}, {@code to}) went. */
    public CallFigures figures(Instant from, Instant to) {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.that(!to.isBefore(from), "the period ends before it starts: " + from + " to " + to);
        Object[] row = em.createQuery("SELECT COUNT(r.line), COUNT(r.rejectedReason), "
                        + "SUM(CASE WHEN r.line IS NOT NULL AND r.endedAt IS NOT NULL AND r.queue IS NULL "
                        + "THEN 1 ELSE 0 END), "
                        + "COUNT(r.queue), COUNT(r.agent), "
                        + "SUM(CASE WHEN r.abandoned THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.callbackRequested THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.endedAt IS NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.endCause = :interrupted THEN 1 ELSE 0 END) "
                        + "FROM CallRecordEntity r WHERE r.firstSeen >= :from AND r.firstSeen < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("interrupted", CallEndCause.INTERRUPTED).getSingleResult();
        return new CallFigures(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                count(row[5]), count(row[6]), count(row[7]), count(row[8]));
    }

    /** A COUNT or SUM of the figures query as a number; SUM over no rows is null. */
    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Erases the records that have outlived their retention: those written with one (schema version 12) when it has
     * ended before {@code now}; older ones by {@code retention}, on each of its lines the calls first seen more than
     * its duration before {@code now}, and calls of no known line (refused at the door) after the shortest of them.
     * Returns how many were erased.
     */
    public int eraseExpired(Map<LineId, Duration> retention, Instant now) {
        Require.nonNull(retention, "retention");
        Require.nonNull(now, "now");
        Require.that(!retention.isEmpty(), "retention names no line");
        int erased = em.createQuery("DELETE FROM CallRecordEntity r WHERE r.retainUntil < :now")
                .setParameter("now", now).executeUpdate();
        for (Map.Entry<LineId, Duration> line : retention.entrySet()) {
            erased += em.createQuery("DELETE FROM CallRecordEntity r WHERE r.retainUntil IS NULL AND r.line = :line"
                            + " AND r.firstSeen < :cutoff")
                    .setParameter("line", line.getKey().value())
                    .setParameter("cutoff", now.minus(line.getValue())).executeUpdate();
        }
        Duration shortest = retention.values().stream().min(Duration::compareTo).orElseThrow();
        erased += em.createQuery("DELETE FROM CallRecordEntity r WHERE r.retainUntil IS NULL AND r.line IS NULL"
                        + " AND r.firstSeen < :cutoff")
                .setParameter("cutoff", now.minus(shortest)).executeUpdate();
        return erased;
    }

    private CallRecordEntity row(CallId call, Instant at) {
        CallRecordEntity row = em.find(CallRecordEntity.class, fit(call.value(), 128));
        if (row == null) {
            row = new CallRecordEntity(fit(call.value(), 128), UtcInstantConverter.stored(at));
            row.retainUntil = retention.until(Optional.empty(), row.firstSeen).orElse(null);
            em.persist(row);
        }
        if (row.lastEventMillis == null || row.lastEventMillis < at.toEpochMilli()) {
            row.lastEventMillis = at.toEpochMilli();
        }
        return row;
    }

    /** The first queue counts: the reports count a call in the interval it first waited in. */
    private static void queuedOnce(CallRecordEntity row, Instant at) {
        if (row.queuedMillis == null) {
            row.queuedMillis = at.toEpochMilli();
        }
    }

    /** The first end counts: a late duplicate does not move it. */
    private static void endOnce(CallRecordEntity row, Instant at, String reason, CallEndCause cause) {
        if (row.endedAt == null) {
            row.endedAt = UtcInstantConverter.stored(at); // as the column keeps it: a re-read gives the same
            row.endReason = fit(reason, 500);
            row.endCause = cause;
            row.callbackNumber = null; // needed only while a callback waits
            row.callbackSealed = null;
        }
    }

    /**
     * Cuts {@code text} to its column's length: an over-long reason must not make the whole batch fail again and
     * again, and hold back every record after it.
     */
    static String fit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static CallRecord view(CallRecordEntity r) {
        return new CallRecord(new CallId(r.call), r.firstSeen, Optional.ofNullable(r.line).map(LineId::new),
                Optional.ofNullable(r.callerNumber).map(PhoneNumber::new), Optional.ofNullable(r.callerHash),
                Optional.ofNullable(r.rejectedReason),
                Optional.ofNullable(r.ivrOutcome), Optional.ofNullable(r.queue).map(QueueId::new),
                r.callbackRequested, Optional.ofNullable(r.agent).map(AgentId::new),
                Optional.ofNullable(r.waitedMillis).map(Duration::ofMillis), r.abandoned,
                Optional.ofNullable(r.endedAt), Optional.ofNullable(r.endReason), Optional.ofNullable(r.endCause),
                Optional.ofNullable(r.endCode).map(EndReason::ofCode),
                Optional.ofNullable(r.request).map(CaseId::new),
                new CallRecord.AgentWork(Optional.ofNullable(r.talkMillis).map(Duration::ofMillis),
                        Duration.ofMillis(r.holdMillis), r.holds, Optional.ofNullable(r.wrapUpMillis).map(Duration::ofMillis),
                        Optional.ofNullable(r.wrapUpCode)));
    }
}
