package org.govcc.reference.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One call as stored: mutable JPA state that {@link JpaCallRecords} folds the line's events into. */
@Entity
@Table(name = "GOVCC_CALL_RECORD", indexes = {@Index(name = "GOVCC_CALL_RECORD_SEEN", columnList = "FIRST_SEEN"),
        @Index(name = "GOVCC_CALL_RECORD_CALLER", columnList = "CALLER_NUMBER")})
public class CallRecordEntity {

    @Id
    @Column(name = "CALL_ID", length = 128)
    String call;

    @Version
    @Column(name = "VERSION")
    long version;

    /** When the store first heard of the call: its arrival or its refusal, normally. */
    @Column(name = "FIRST_SEEN", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant firstSeen;

    @Column(name = "LINE_ID", length = 128)
    String line;

    /** Null when the caller is anonymous, or the line keeps no number (the event is anonymised before). */
    @Column(name = "CALLER_NUMBER", length = 32)
    String callerNumber;

    /**
     * A sealed line's caller as a keyed hash ({@code v<version>:<hex>}), linking their calls; null on other lines and
     * for anonymous callers (schema version 12).
     */
    @Column(name = "CALLER_HASH", length = 80)
    String callerHash;

    /** When the purge deletes the record: its line's retention after it was first seen (schema version 12). */
    @Column(name = "RETAIN_UNTIL")
    @Convert(converter = UtcInstantConverter.class)
    Instant retainUntil;

    @Column(name = "REJECTED_REASON", length = 500)
    String rejectedReason;

    /** How the call left the IVR: {@code Queue}, {@code Callback}, {@code Transferred}, {@code Ended} or
     * {@code CallerHungUp}. */
    @Column(name = "IVR_OUTCOME", length = 32)
    String ivrOutcome;

    @Column(name = "QUEUE_ID", length = 128)
    String queue;

    @Column(name = "CALLBACK_REQUESTED", nullable = false)
    boolean callbackRequested;

    @Column(name = "AGENT_ID", length = 128)
    String agent;

    @Column(name = "WAITED_MS")
    Long waitedMillis;

    @Column(name = "ABANDONED", nullable = false)
    boolean abandoned;

    @Column(name = "ENDED_AT")
    @Convert(converter = UtcInstantConverter.class)
    Instant endedAt;

    @Column(name = "END_REASON", length = 500)
    String endReason;

    /** Null while the call is in progress. */
    @Enumerated(EnumType.STRING)
    @Column(name = "END_CAUSE", length = 16)
    CallEndCause endCause;

    /**
     * Why the call ended, as {@link org.govcc.api.call.EndReason#code()} (schema version 14); null while in progress,
     * for a call refused or interrupted (see {@link #endCause}), and on rows from before.
     */
    @Column(name = "END_CODE", length = 32)
    String endCode;

    /**
     * When the store last applied an event of the call, in epoch milliseconds (a plain number, so that the database
     * can take the latest over all calls); null on rows written before schema version 2.
     */
    @Column(name = "LAST_EVENT_MS")
    Long lastEventMillis;

    /** The number a callback dials, kept while the callback waits (schema version 4); null for other calls. */
    @Column(name = "CALLBACK_NUMBER", length = 32)
    String callbackNumber;

    /**
     * A sealed line's consented callback: the caller's number sealed by the SIP edge (never the number), kept while
     * the callback waits (schema version 13); null for other calls.
     */
    @Column(name = "CALLBACK_SEALED", length = 600)
    String callbackSealed;

    /** When a consented callback may be dialled from (schema version 13). */
    @Column(name = "CALLBACK_FROM")
    @Convert(converter = UtcInstantConverter.class)
    Instant callbackFrom;

    /** Until when a consented callback may be dialled (schema version 13). */
    @Column(name = "CALLBACK_UNTIL")
    @Convert(converter = UtcInstantConverter.class)
    Instant callbackUntil;

    /** The caller's language (ISO 639-1) as the IVR last knew it (schema version 4). */
    @Column(name = "LANGUAGE", length = 8)
    String language;

    /** When an agent was connected (schema version 6); null for a call no agent answered. */
    @Column(name = "CONNECTED_AT")
    @Convert(converter = UtcInstantConverter.class)
    Instant connectedAt;

    /** How long the agent talked, from the connection to the end (schema version 6). */
    @Column(name = "TALK_MS")
    Long talkMillis;

    /** How long the caller was on hold, in all; 0 when never held (schema version 8). */
    @Column(name = "HOLD_MS", nullable = false)
    long holdMillis;

    /** How many times the caller was put on hold (schema version 8). */
    @Column(name = "HOLDS", nullable = false)
    int holds;

    /** How long the agent's after-call work took (schema version 6). */
    @Column(name = "WRAP_UP_MS")
    Long wrapUpMillis;

    /** The wrap-up code the agent recorded, or the queue's default when the time ran out (schema version 6). */
    @Column(name = "WRAP_UP_CODE", length = 64)
    String wrapUpCode;

    /**
     * The citizen request made from the call, the first if several were (schema version 5). Written only by
     * {@link JpaCallRecords#linkRequest}, in one UPDATE, never through this field.
     */
    @Column(name = "REQUEST_ID", length = 128)
    String request;

    /**
     * When the call first entered a queue, in epoch milliseconds (schema version 11): the interval the reports count
     * it in. Null for a call that never reached a queue.
     */
    @Column(name = "QUEUED_MS")
    Long queuedMillis;

    /** How many times an agent sent the call on to a queue or another agent (schema version 11). */
    @Column(name = "TRANSFERS", nullable = false)
    int transfers;

    /** For JPA. */
    protected CallRecordEntity() {
    }

    CallRecordEntity(String call, Instant firstSeen) {
        this.call = call;
        this.firstSeen = firstSeen;
    }
}
