package org.govcc.reference.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.govcc.api.agent.AgentStatus;

/**
 * A state an agent entered, with when, why (a break's reason) and for which call (schema version 6). Rows are only
 * added, and closed once: an agent's time in a state is the time to their next row, kept in {@code ENDS_MS}.
 */
@Entity
@Table(name = "GOVCC_AGENT_STATE")
public class AgentStateEntity {

    @Id
    @SequenceGenerator(name = "GOVCC_AGENT_STATE_SEQ", sequenceName = "GOVCC_AGENT_STATE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOVCC_AGENT_STATE_SEQ")
    @Column(name = "ID")
    Long id;

    @Column(name = "AGENT_ID", nullable = false, length = 128)
    String agent;

    @Column(name = "AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    AgentStatus state;

    @Column(name = "REASON", length = 128)
    String reason;

    @Column(name = "CALL_ID", length = 128)
    String call;

    /** {@link #at} in epoch milliseconds (schema version 11), which the reports' arithmetic takes. */
    @Column(name = "AT_MS", nullable = false)
    long atMillis;

    /**
     * When the agent entered their next state, in epoch milliseconds (schema version 11); null for the state they are
     * in. Written by {@link JpaCallRecords} when the next state comes.
     */
    @Column(name = "ENDS_MS")
    Long endsMillis;

    /** For JPA. */
    protected AgentStateEntity() {
    }

    AgentStateEntity(String agent, Instant at, AgentStatus state, String reason, String call) {
        this.agent = agent;
        this.at = at;
        this.atMillis = at.toEpochMilli();
        this.state = state;
        this.reason = reason;
        this.call = call;
    }
}
