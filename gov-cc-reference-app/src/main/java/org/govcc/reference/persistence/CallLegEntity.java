package org.govcc.reference.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One agent's part of a call, from the connection to its end (schema version 7). */
@Entity
@Table(name = "GOVCC_CALL_LEG")
public class CallLegEntity {

    /** How a leg ended. */
    enum End {
        /** The agent transferred the call to a queue or another agent. */
        TRANSFERRED,
        /** The call ended. */
        ENDED
    }

    @Id
    @SequenceGenerator(name = "GOVCC_CALL_LEG_SEQ", sequenceName = "GOVCC_CALL_LEG_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOVCC_CALL_LEG_SEQ")
    @Column(name = "ID")
    Long id;

    @Column(name = "CALL_ID", nullable = false, length = 128)
    String call;

    @Column(name = "AGENT_ID", nullable = false, length = 128)
    String agent;

    @Column(name = "CONNECTED_AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant connectedAt;

    @Column(name = "ENDED_AT")
    @Convert(converter = UtcInstantConverter.class)
    Instant endedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "ENDED_BY", length = 16)
    End endedBy;

    /** For JPA. */
    protected CallLegEntity() {
    }

    CallLegEntity(String call, String agent, Instant connectedAt) {
        this.call = call;
        this.agent = agent;
        this.connectedAt = connectedAt;
    }
}
