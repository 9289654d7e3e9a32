package org.govcc.reference.persistence;

import org.govcc.api.agent.AgentState;
import org.govcc.api.event.CallCentreEvent;

/** Turns an agent's new state into a row of their history. Stateless. */
final class AgentHistory {

    private AgentHistory() {
    }

    /** Returns the row of the state {@code change} entered. */
    static AgentStateEntity row(CallCentreEvent.AgentStateChanged change) {
        AgentState to = change.to();
        String reason = to instanceof AgentState.OnBreak b ? JpaCallRecords.fit(b.reason().code(), 128) : null;
        String call = null;
        if (to instanceof AgentState.Reserved r) {
            call = r.call().value();
        } else if (to instanceof AgentState.Talking t) {
            call = t.call().value();
        } else if (to instanceof AgentState.WrapUp w) {
            call = w.call().value();
        }
        return new AgentStateEntity(JpaCallRecords.fit(change.agent().value(), 128), change.at(), to.status(), reason,
                call == null ? null : JpaCallRecords.fit(call, 128));
    }
}
